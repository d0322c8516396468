const ABOUT_VERSION = /^(__version__\s*=\s*)(['"])([^'"]*)\2/m;

/** The `__version__` of an `__about__.py`, with its 1-based line, or `undefined` when absent. */
export function readAboutVersion(text: string): { version: string; line: number } | undefined {
  const match = ABOUT_VERSION.exec(text);
  if (!match) return undefined;
  return { version: match[3], line: text.slice(0, match.index).split('\n').length };
}

/** The same `__about__.py` with another version, quotes and everything else kept. */
export function writeAboutVersion(text: string, version: string): string {
  return text.replace(ABOUT_VERSION, (_all, prefix: string, quote: string) => `${prefix}${quote}${version}${quote}`);
}

/** What a manifest says about the version: v1 carries one in `version`, v2 none. */
export type ManifestVersion =
  { kind: 'v1'; version: unknown; line: number } | { kind: 'none' } | { kind: 'invalid'; reason: string };

/** Reads the `version` field of a v1 manifest. */
export function readManifestVersion(text: string): ManifestVersion {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { kind: 'invalid', reason: 'not a JSON object' };
  const manifest = json as Record<string, unknown>;
  if (String(manifest.manifest_version ?? '').startsWith('2') || !('version' in manifest)) return { kind: 'none' };
  const at = text.search(/"version"\s*:/);
  return { kind: 'v1', version: manifest.version, line: at === -1 ? 1 : text.slice(0, at).split('\n').length };
}

/** The same manifest with another top-level `version`, written as the generator writes it. */
export function writeManifestVersion(text: string, version: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const indent = /^\{\s*\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return `${JSON.stringify({ ...manifest, version }, null, indent)}\n`;
}

/** One apt source file as read from the machine: its path and text. */
export interface AptSourceFile {
  path: string;
  content: string;
}

const SECURITY = /security/i;

/**
 * The Debian archive mirror the machine's apt uses, from deb822 `.sources` files (`URIs:`) or
 * one-line `sources.list` entries (`deb <uri> <suite> ...`). Security archives are skipped: they
 * hold no full suite to bootstrap from. Returns undefined when no Debian archive is configured.
 */
export function findDebianMirror(files: readonly AptSourceFile[]): string | undefined {
  for (const file of files) {
    const uris = file.path.endsWith('.sources') ? deb822Uris(file.content) : oneLineUris(file.content);
    const mirror = uris.find((uri) => /^https?:\/\//.test(uri) && !SECURITY.test(uri) && /debian/i.test(uri));
    if (mirror) return mirror.replace(/\/+$/, '');
  }
  return undefined;
}

function deb822Uris(content: string): string[] {
  const uris: string[] = [];
  for (const stanza of content.split(/\n\s*\n/)) {
    const types = /^Types:\s*(.+)$/im.exec(stanza)?.[1] ?? '';
    const enabled = !/^Enabled:\s*no\s*$/im.test(stanza);
    const value = /^URIs:\s*(.+)$/im.exec(stanza)?.[1];
    if (value && enabled && types.split(/\s+/).includes('deb')) uris.push(...value.trim().split(/\s+/));
  }
  return uris;
}

function oneLineUris(content: string): string[] {
  return content
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .map((line) => /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/.exec(line)?.[1])
    .filter((uri): uri is string => Boolean(uri));
}

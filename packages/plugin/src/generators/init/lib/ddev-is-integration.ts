import { parse, TomlError } from 'smol-toml';

/** Folders that adopting the plugin adds at the root of a repository: npm's packages and Nx's outputs. */
export const ADOPTION_FOLDERS = ['node_modules', 'dist'];

const TABLE = '[overrides.is-integration]';

export type DdevConfigEdit = { text: string | undefined } | { line: number; message: string };

/**
 * `.ddev/config.toml` with `[overrides.is-integration]` setting each folder to false, so that
 * ddev, which takes every folder at the root for an integration, does not count them. Keys
 * already set are kept as they are; `text: undefined` when nothing is missing. The file's other
 * lines are kept byte for byte.
 */
export function addIsIntegrationOverrides(text: string | null, folders: readonly string[]): DdevConfigEdit {
  const source = text ?? '';
  let parsed: Record<string, unknown>;
  try {
    parsed = parse(source) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) return { line: error.line, message: error.message.split('\n')[0] };
    throw error;
  }
  const overrides = (parsed.overrides ?? {}) as Record<string, unknown>;
  const current = (overrides['is-integration'] ?? {}) as Record<string, unknown>;
  const missing = folders.filter((folder) => !(folder in current));
  if (missing.length === 0) return { text: undefined };
  const entries = missing.map((folder) => `${folder} = false`);
  const lines = source.split('\n');
  const header = lines.findIndex((line) => line.trim() === TABLE);
  if (header < 0) {
    const body = source.replace(/\n*$/, '');
    return { text: `${body}${body ? '\n\n' : ''}${TABLE}\n${entries.join('\n')}\n` };
  }
  let end = header + 1;
  while (end < lines.length && !lines[end].trim().startsWith('[')) end++;
  while (end > header + 1 && lines[end - 1].trim() === '') end--;
  lines.splice(end, 0, ...entries);
  return { text: lines.join('\n') };
}

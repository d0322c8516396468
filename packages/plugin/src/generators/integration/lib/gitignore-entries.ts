/** What the Python toolchain creates inside integrations and must never be committed or hashed. */
export const PYTHON_IGNORES = [
  '.dd/',
  '.venv/',
  '__pycache__/',
  '.pytest_cache/',
  '.ruff_cache/',
  '*.egg-info/',
  'dist/',
];

/** Appends the entries a .gitignore lacks; `undefined` when nothing needs adding. */
export function addGitignoreEntries(existing: string, entries: readonly string[]): string | undefined {
  const present = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const missing = entries.filter((e) => !present.has(e) && !present.has(e.replace(/\/$/, '')));
  if (missing.length === 0) return undefined;
  const prefix = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return `${prefix}${prefix ? '\n' : ''}# Python environments and caches of integrations (@dd/plugin)\n${missing.join('\n')}\n`;
}

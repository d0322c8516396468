/** What a task's hash is made of, in the three kinds the planner tells apart. */
export interface TaskInputs {
  /** Workspace files, relative paths. */
  files: readonly string[];
  /** Commands whose output Nx hashes (`runtime` inputs). */
  runtime: readonly string[];
  /** Inputs the planner cannot compare between base and head (none for @dd/plugin's targets). */
  opaque: readonly string[];
}

/**
 * Entries of a hash plan that a change of files cannot change, or that other entries cover:
 * environment variables (the same for base and head in one CI run), npm packages (their versions
 * come from the lock file, which Nx's own `affected` judges), the project's configuration and
 * TypeScript settings (derived from files that are inputs themselves, or from the lock file).
 */
function isIgnored(entry: string): boolean {
  return (
    entry.startsWith('env:') ||
    entry.startsWith('npm:') ||
    entry === 'AllExternalDependencies' ||
    entry === 'cwd' ||
    entry.endsWith(':ProjectConfiguration') ||
    entry.endsWith(':TsConfig')
  );
}

/** Sorts the flat entries of Nx's hash plan (`file:a/b.py`, `runtime:node x`, `env:X`, ...). */
export function classifyHashPlan(entries: readonly string[]): TaskInputs {
  const files: string[] = [];
  const runtime: string[] = [];
  const opaque: string[] = [];
  for (const entry of entries) {
    if (entry.startsWith('file:')) files.push(entry.slice('file:'.length));
    else if (entry.startsWith('runtime:')) runtime.push(entry.slice('runtime:'.length));
    else if (!isIgnored(entry)) opaque.push(entry);
  }
  return { files, runtime, opaque };
}

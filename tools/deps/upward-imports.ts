import type { ImportLine } from './read-imports';

/**
 * The side-effect shell of a source tree, relative to its root: folders (ending in `/`) and files.
 * Every folder named `adapters` belongs to it as well, wherever it is.
 */
export type Shell = readonly string[];

/** Whether a file belongs to the shell: inside an `adapters` folder, or under one of the shell's entries. */
export function inShell(file: string, shell: Shell): boolean {
  if (file.split('/').slice(0, -1).includes('adapters')) return true;
  return shell.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}

/**
 * The imports that run back up: a domain file (one outside the shell) importing the shell. The
 * shell calls the domain and hands it its effects; the domain never reaches for them itself.
 */
export function findUpwardImports(imports: readonly ImportLine[], shell: Shell): ImportLine[] {
  return imports.filter((i) => !inShell(i.file, shell) && inShell(i.target, shell));
}

/** One line per upward import: where it is, what it imports, and that the importer is domain code. */
export function formatUpwardImports(imports: readonly ImportLine[]): string {
  return imports
    .map((i) => `upward import: ${i.file}:${i.line} imports ${i.specifier} (${i.target}, the shell) from domain code`)
    .join('\n');
}

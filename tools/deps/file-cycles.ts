import { posix } from 'node:path';
import type { ImportLine } from './read-imports';
import { closedPath, stronglyConnected } from './strongly-connected';

/** One file importing another, with the first import line that does it. */
export interface FileEdge {
  from: string;
  to: string;
  example: ImportLine;
}

/**
 * Files that import each other, directly or through one another. The folder check compares
 * folders only, so a loop between the files of one folder (or of folders it does not compare) is
 * found here.
 */
export interface FileCycle {
  /** The deepest folder that holds every file of the loop: `''` for the source root. */
  folder: string;
  /** The files of the loop, relative to `folder`, sorted. */
  files: string[];
  /** One closed path through the loop, relative to `folder`, first file repeated at the end. */
  path: string[];
  /** Every import between two files of the loop, relative to `folder`, one example line each. */
  edges: FileEdge[];
}

/** The deepest folder that holds every one of the files: `''` when only the root does. */
export function commonFolder(files: readonly string[]): string {
  const folders = files.map((file) => posix.dirname(file).split('/'));
  const common: string[] = [];
  for (const [i, part] of folders[0].entries()) {
    if (part === '.' || folders.some((parts) => parts[i] !== part)) break;
    common.push(part);
  }
  return common.join('/');
}

/** The imports between two different files, one example line per pair of files. */
export function fileEdges(imports: readonly ImportLine[]): FileEdge[] {
  const edges = new Map<string, FileEdge>();
  for (const example of imports) {
    const key = `${example.file}\0${example.target}`;
    if (example.file !== example.target && !edges.has(key))
      edges.set(key, { from: example.file, to: example.target, example });
  }
  return [...edges.values()];
}

/** The loops of the file graph, each named from the folder that holds it. */
export function findFileCycles(imports: readonly ImportLine[]): FileCycle[] {
  const edges = fileEdges(imports);
  const graph = new Map<string, string[]>();
  for (const edge of edges) graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
  return stronglyConnected(graph).map((files) => {
    const folder = commonFolder(files);
    const local = (file: string) => (folder === '' ? file : file.slice(folder.length + 1));
    const inside = edges
      .filter((e) => files.includes(e.from) && files.includes(e.to))
      .map((e) => ({ ...e, from: local(e.from), to: local(e.to) }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    const names = files.map(local);
    return { folder, files: names, path: closedPath(names, inside), edges: inside };
  });
}

/** A readable account of the loops: each loop, then one import line for each of its edges. */
export function formatFileCycles(cycles: readonly FileCycle[]): string {
  return cycles
    .map((cycle) => {
      const where = cycle.folder === '' ? 'the source root' : `${cycle.folder}/`;
      const edges = cycle.edges.map(
        (e) => `  ${e.from} -> ${e.to}: ${e.example.file}:${e.example.line} imports ${e.example.specifier}`,
      );
      const among =
        cycle.files.length > cycle.path.length - 1 ? ` (one of the loops among ${cycle.files.join(', ')})` : '';
      return [`file import loop in ${where}: ${cycle.path.join(' -> ')}${among}`, ...edges].join('\n');
    })
    .join('\n\n');
}

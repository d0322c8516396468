import type { ImportLine } from './read-imports';
import { closedPath, stronglyConnected } from './strongly-connected';

/** A folder the check compares with its siblings: `''` for the root, else a folder such as `executors`. */
export type Scope = string;

/** An import from one folder into another, with one import line that makes it. */
export interface FolderEdge {
  scope: Scope;
  from: string;
  to: string;
  /** The first import line that makes the edge. */
  example: ImportLine;
  /** How many import lines make it. */
  count: number;
}

/** A set of sibling folders that import each other, directly or through one another. */
export interface FolderCycle {
  scope: Scope;
  /** The folders of the loop, sorted. */
  folders: string[];
  /** One closed path through the loop, first folder repeated at the end. */
  path: string[];
  /** Every import between two folders of the loop, one example line each. */
  edges: FolderEdge[];
}

/**
 * The node a path belongs to within a scope: the folder (or file) directly under it, or
 * undefined when the path is outside the scope.
 */
export function nodeOf(path: string, scope: Scope): string | undefined {
  const prefix = scope === '' ? '' : `${scope}/`;
  if (!path.startsWith(prefix) || path.startsWith('../')) return undefined;
  const rest = path.slice(prefix.length);
  return rest === '' ? undefined : rest.split('/')[0];
}

/** The imports between different sibling folders of a scope, one example line per pair of folders. */
export function folderEdges(imports: readonly ImportLine[], scope: Scope): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const example of imports) {
    const from = nodeOf(example.file, scope);
    const to = nodeOf(example.target, scope);
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from}\0${to}`;
    const edge = edges.get(key);
    if (edge) edge.count += 1;
    else edges.set(key, { scope, from, to, example, count: 1 });
  }
  return [...edges.values()];
}

/** The folder loops of each scope: sibling folders that import each other. */
export function findFolderCycles(imports: readonly ImportLine[], scopes: readonly Scope[]): FolderCycle[] {
  return scopes.flatMap((scope) => {
    const edges = folderEdges(imports, scope);
    const graph = new Map<string, string[]>();
    for (const edge of edges) graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
    return stronglyConnected(graph).map((folders) => {
      const inside = edges
        .filter((e) => folders.includes(e.from) && folders.includes(e.to))
        .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
      return { scope, folders, path: closedPath(folders, inside), edges: inside };
    });
  });
}

/** A readable account of the loops: each loop, then one import line for each of its edges. */
export function formatFolderCycles(cycles: readonly FolderCycle[]): string {
  return cycles
    .map((cycle) => {
      const where = cycle.scope === '' ? 'the source root' : `${cycle.scope}/`;
      const edges = cycle.edges.map((e) => {
        const more = e.count > 1 ? ` (and ${e.count - 1} more)` : '';
        return `  ${e.from} -> ${e.to}: ${e.example.file}:${e.example.line} imports ${e.example.specifier}${more}`;
      });
      const among =
        cycle.folders.length > cycle.path.length - 1 ? ` (one of the loops among ${cycle.folders.join(', ')})` : '';
      return [`folder import loop in ${where}: ${cycle.path.join(' -> ')}${among}`, ...edges].join('\n');
    })
    .join('\n\n');
}

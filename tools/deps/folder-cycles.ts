import { posix } from 'node:path';

/** One relative import, as read from a source file. Paths are relative to the scanned root, `/`-separated. */
export interface ImportLine {
  /** The importing file. */
  file: string;
  /** 1-based line of the import. */
  line: number;
  /** The module specifier as written (`../lint/diagnostic`). */
  specifier: string;
  /** The imported file, resolved against the scanned files; the bare path when no file matches. */
  target: string;
}

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
 * Resolves a relative specifier as Node and TypeScript would: the file itself, `.ts`, `.d.ts`,
 * or the folder's `index.ts`, among the known files; the bare path when none matches.
 */
export function resolveImport(file: string, specifier: string, files: ReadonlySet<string>): string {
  const base = posix.normalize(posix.join(posix.dirname(file), specifier));
  const candidates = [base, `${base}.ts`, `${base}.d.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => files.has(candidate)) ?? base;
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

/** Tarjan's strongly connected components with more than one node, each sorted, in a stable order. */
export function stronglyConnected(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shortest closed path from the first folder of a loop back to it, through the loop's edges. */
function closedPath(folders: readonly string[], edges: readonly FolderEdge[]): string[] {
  const start = folders[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const edge of edges.filter((e) => e.from === node)) {
      if (edge.to === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, node);
        queue.push(edge.to);
      }
    }
  }
  return [start];
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

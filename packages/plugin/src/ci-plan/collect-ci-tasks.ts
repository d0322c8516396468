import type { CiTask } from './ci-task';

/** The part of Nx's task graph the planner reads. */
export interface TaskGraphView {
  tasks: Record<string, { id: string; target: { project: string; target: string } }>;
  dependencies: Record<string, string[]>;
}

/**
 * The units of work under the tasks of `target` (`ci`): walking down from each of them, a task
 * that only groups others (`nx:noop`, as `ci` and a flavored `test` are) is looked through; the
 * first task that does work is a unit (`lint`, `test--<flavor>`, `package`). What a unit depends
 * on runs along with it (`setup`) and is listed as its dependencies, not as a unit.
 */
export function collectCiTasks(graph: TaskGraphView, target: string, isGrouping: (id: string) => boolean): CiTask[] {
  const units = new Map<string, CiTask>();
  const visit = (id: string) => {
    if (units.has(id) || !graph.tasks[id]) return;
    if (isGrouping(id)) {
      for (const child of graph.dependencies[id] ?? []) visit(child);
      return;
    }
    const { project, target: name } = graph.tasks[id].target;
    units.set(id, { id, project, target: name, dependencies: closure(graph, id, isGrouping) });
  };
  const roots = Object.values(graph.tasks)
    .filter((t) => t.target.target === target)
    .map((t) => t.id)
    .sort();
  for (const root of roots) visit(root);
  return [...units.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every task `id` depends on, directly or not, but those that only group others (they cost nothing). */
function closure(graph: TaskGraphView, id: string, isGrouping: (id: string) => boolean): string[] {
  const seen = new Set<string>();
  const stack = [...(graph.dependencies[id] ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.dependencies[next] ?? []));
  }
  return [...seen].filter((d) => !isGrouping(d)).sort();
}

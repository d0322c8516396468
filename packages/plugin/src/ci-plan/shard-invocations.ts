/** A task as the runner needs it. */
export interface ShardTask {
  id: string;
  project: string;
  target: string;
}

/** One `nx` invocation: its arguments (after the nx executable) and the tasks it runs. */
export interface NxInvocation {
  args: string[];
  tasks: string[];
}

/**
 * Whether `nx run-many --projects`/`--targets` can name this exactly: Nx splits the list at
 * commas and reads a leading `!` as "exclude"; any other name matches itself first (globs and
 * `tag:` patterns only apply when no project has that very name).
 */
function listable(name: string): boolean {
  return !name.includes(',') && !name.startsWith('!');
}

/**
 * The `nx` invocations that run exactly a shard's tasks: one `run-many` per target over the
 * projects that have that task in the shard (`run-many -t a b -p x y` would run every pair),
 * and one `nx run <project>:<target>` per task whose names a list cannot carry. Arguments are
 * data: nothing here goes through a shell.
 */
export function shardInvocations(tasks: readonly ShardTask[], options: { parallel: number }): NxInvocation[] {
  const byTarget = new Map<string, ShardTask[]>();
  const single: ShardTask[] = [];
  for (const task of tasks) {
    if (!listable(task.project) || !listable(task.target)) single.push(task);
    else byTarget.set(task.target, (byTarget.get(task.target) ?? []).concat(task));
  }
  const common = [`--parallel=${options.parallel}`, '--outputStyle=static'];
  const many = [...byTarget.keys()].sort().map((target): NxInvocation => {
    const group = byTarget.get(target)!.sort((a, b) => (a.project < b.project ? -1 : 1));
    return {
      args: ['run-many', '--targets', target, '--projects', group.map((t) => t.project).join(','), ...common],
      tasks: group.map((t) => t.id),
    };
  });
  const one = single.map((task): NxInvocation => ({
    args: ['run', `${task.project}:${task.target}`, '--outputStyle=static'],
    tasks: [task.id],
  }));
  return [...many, ...one];
}

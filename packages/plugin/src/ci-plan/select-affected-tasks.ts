import type { ChangeSet } from './change-set';
import type { CiTask } from './ci-task';
import { envFileOf, parseFlavorDigestCommand } from './flavor-runtime-input';
import type { TaskInputs } from './task-inputs';

/** Whether a runtime input gives another output at head than at the base; `unknown` when it cannot be told. */
export type RuntimeVerdict = 'changed' | 'unchanged' | 'unknown';

/** What the selection asks of Nx and git (adapters in ./adapters; fakes in specs). */
export interface AffectedTaskPorts {
  /** The hash inputs of these tasks as Nx's hash planner lists them (`nx show target inputs`), by task id. */
  inputsOf(tasks: readonly CiTask[]): Promise<ReadonlyMap<string, TaskInputs>>;
  /** The projects Nx's own project-level `affected` reports for these changed files. */
  affectedProjects(files: readonly string[]): Promise<ReadonlySet<string>>;
  runtimeVerdict(command: string): Promise<RuntimeVerdict>;
}

/** A task the change affects, and why, for people. */
export interface AffectedTask {
  task: CiTask;
  reason: string;
}

export interface SelectAffectedTasksInput {
  tasks: readonly CiTask[];
  /** The root of every project, to tell a project's files from the workspace's own. */
  projectRoots: readonly string[];
  changes: Pick<ChangeSet, 'modified' | 'deleted'>;
  ports: AffectedTaskPorts;
  /** Tasks asked about at once: a hash plan lists hundreds of files per task. */
  chunkSize?: number;
}

/**
 * The tasks a change affects, judged task by task on what Nx hashes for each (so each target's
 * `inputs` and named inputs count, `^` inputs of dependencies included):
 *
 * 1. a task one of whose input files changed;
 * 2. a task whose runtime input changed: for a flavor, its part of `ci/env.yaml` at head against
 *    the base (editing one flavor affects that flavor only);
 * 3. for what no input list can show, Nx's own project-level `affected` decides, for all tasks of
 *    the projects it names: deleted files, and changed files outside every project that no task
 *    reads (the lock file, nx.json's plugins, tsconfig.base.json); and a task with an input the
 *    planner cannot compare (another plugin's runtime command) when its project is affected.
 *
 * A changed file inside a project that no task reads (the plugin's own README) affects nothing.
 */
export async function selectAffectedTasks(input: SelectAffectedTasksInput): Promise<AffectedTask[]> {
  const { tasks, changes, ports } = input;
  if (changes.modified.length + changes.deleted.length === 0) return [];
  const modified = new Set(changes.modified);
  const read = new Set<string>();
  const reasons = new Map<string, string>();
  const undecided = new Map<string, string>();
  const verdicts = new Map<string, Promise<RuntimeVerdict>>();
  const verdictOf = (command: string) => {
    if (!verdicts.has(command)) verdicts.set(command, ports.runtimeVerdict(command));
    return verdicts.get(command)!;
  };

  for (const chunk of chunks(tasks, input.chunkSize ?? 200)) {
    const inputs = await ports.inputsOf(chunk);
    for (const task of chunk) {
      const own = inputs.get(task.id) ?? { files: [], runtime: [], opaque: ['(no hash plan)'] };
      const hits = [...new Set(own.files.filter((f) => modified.has(f)))];
      for (const hit of hits) read.add(hit);
      if (hits.length > 0) {
        reasons.set(task.id, `${hits[0]} changed${hits.length > 1 ? ` (and ${hits.length - 1} more inputs)` : ''}`);
        continue;
      }
      for (const command of own.runtime) {
        const verdict = await verdictOf(command);
        if (verdict === 'changed') reasons.set(task.id, `${describeRuntimeInput(command)} changed`);
        if (verdict === 'unknown') undecided.set(task.id, `runtime input ${command}`);
      }
      if (own.opaque.length > 0) undecided.set(task.id, `input ${own.opaque[0]}`);
    }
  }

  const roots = input.projectRoots.filter((r) => r !== '' && r !== '.');
  const inProject = (file: string) => roots.some((root) => file.startsWith(`${root}/`));
  const unexplained = [...changes.deleted, ...changes.modified.filter((f) => !read.has(f) && !inProject(f))];
  const fallback = unexplained.length > 0 ? await ports.affectedProjects(unexplained) : new Set<string>();
  const open = [...undecided.keys()].filter((id) => !reasons.has(id));
  const affected =
    open.length > 0 ? await ports.affectedProjects([...changes.modified, ...changes.deleted]) : new Set<string>();

  return tasks.flatMap((task): AffectedTask[] => {
    const reason =
      reasons.get(task.id) ??
      (fallback.has(task.project) ? `nx affected by ${listFiles(unexplained)}` : undefined) ??
      (undecided.has(task.id) && affected.has(task.project)
        ? `its project is affected and ${undecided.get(task.id)} cannot be compared`
        : undefined);
    return reason === undefined ? [] : [{ task, reason }];
  });
}

function describeRuntimeInput(command: string): string {
  const flavor = parseFlavorDigestCommand(command);
  return flavor ? `flavor ${flavor.flavor} of ${envFileOf(flavor)}` : `runtime input ${command}`;
}

function listFiles(files: readonly string[]): string {
  return files.length === 1 ? files[0]! : `${files[0]} and ${files.length - 1} more files`;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

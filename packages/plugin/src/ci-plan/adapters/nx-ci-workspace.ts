import { createProjectGraphAsync, type ProjectGraph } from '@nx/devkit';
import { readNxJson } from 'nx/src/config/nx-json';
import { HashPlanInspector } from 'nx/src/hasher/hash-plan-inspector';
import { filterAffected } from 'nx/src/project-graph/affected/affected-project-graph';
import { calculateFileChanges } from 'nx/src/project-graph/file-utils';
import { createTaskGraph } from 'nx/src/tasks-runner/create-task-graph';
import type { CiTask } from '../ci-task';
import { collectCiTasks } from '../collect-ci-tasks';
import { classifyHashPlan, type TaskInputs } from '../task-inputs';

/** The workspace as the planner sees it: the units of work of `target` and what Nx knows of them. */
export interface CiWorkspace {
  tasks: CiTask[];
  projectRoots: string[];
  /** The hash inputs of tasks, from Nx's hash planner. */
  inputsOf(tasks: readonly CiTask[]): Promise<ReadonlyMap<string, TaskInputs>>;
  /** Nx's project-level `affected` for these files between the two revisions. */
  affectedProjects(files: readonly string[]): Promise<ReadonlySet<string>>;
}

/**
 * Loads the project graph (the plugin infers the integrations, as for any nx command), the task
 * graph of `target` over every project that has it, and Nx's hash planner: the very machinery
 * behind Nx's cache keys and `nx show target inputs`, so a task's inputs are what Nx hashes.
 */
export async function loadCiWorkspace(
  workspaceRoot: string,
  target: string,
  revisions: { base: string; head: string },
): Promise<CiWorkspace> {
  const graph = await createProjectGraphAsync({ exitOnError: false });
  const nxJson = readNxJson(workspaceRoot);
  const projects = Object.keys(graph.nodes)
    .filter((p) => graph.nodes[p]!.data.targets?.[target])
    .sort();
  const taskGraph = createTaskGraph(graph, {}, projects, [target], undefined, {});
  const isGrouping = (id: string) => {
    const task = taskGraph.tasks[id];
    const config = task && graph.nodes[task.target.project]?.data.targets?.[task.target.target];
    return config?.executor === 'nx:noop';
  };
  const inspector = new HashPlanInspector(graph, workspaceRoot, nxJson);
  await inspector.init();
  return {
    tasks: collectCiTasks(taskGraph, target, isGrouping),
    projectRoots: Object.values(graph.nodes).map((n) => n.data.root),
    inputsOf: async (tasks) => {
      const wanted = new Set(tasks.map((t) => t.id));
      const plans = inspector.inspectHashPlan([...new Set(tasks.map((t) => t.project))], [target]);
      return new Map(
        Object.entries(plans)
          .filter(([id]) => wanted.has(id))
          .map(([id, entries]) => [id, classifyHashPlan(entries)]),
      );
    },
    affectedProjects: async (files) => affectedProjects(graph, nxJson, files, revisions),
  };
}

async function affectedProjects(
  graph: ProjectGraph,
  nxJson: ReturnType<typeof readNxJson>,
  files: readonly string[],
  revisions: { base: string; head: string },
): Promise<ReadonlySet<string>> {
  const changes = calculateFileChanges([...files], { base: revisions.base, head: revisions.head });
  const affected = await filterAffected(graph, changes, nxJson);
  return new Set(Object.keys(affected.nodes));
}

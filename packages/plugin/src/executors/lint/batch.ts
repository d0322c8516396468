import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import type { BatchTaskResult } from '../shared/batch-task-result';
import { join, relative } from 'node:path';
import { lintTasks } from './lib/lint-tasks';
import { normalizeLintOptions } from './lib/normalize-options';
import type { LintExecutorSchema } from './schema';

/**
 * Nx's batch implementation of `lint`: every lint task of a run in this one process, with ruff
 * run over several integrations at a time. Each task still gets its own result and output, so
 * Nx caches every integration on its own. Nx uses it for `run-many`/`affected` (preferBatch).
 */
export default async function* lintBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, LintExecutorSchema>,
  _overrides: LintExecutorSchema,
  context: ExecutorContext,
): AsyncGenerator<BatchTaskResult> {
  const tasks = Object.values(taskGraph.tasks).map((task) => {
    const project = context.projectsConfigurations?.projects[task.target.project];
    const projectRoot = join(context.root, project?.root ?? task.target.project);
    const options = normalizeLintOptions(inputs[task.id] ?? {}, {
      isTTY: process.stdout.isTTY === true,
      env: process.env,
      verbose: context.isVerbose,
    });
    return { id: task.id, project: task.target.project, projectRoot, options };
  });
  let startTime = Date.now();
  for await (const outcome of lintTasks(tasks, context.root)) {
    const terminalOutput =
      'error' in outcome
        ? `${relative(context.root, outcome.task.projectRoot).split('\\').join('/')}: lint failed: ${(outcome.error as Error).stack ?? String(outcome.error)}`
        : outcome.output;
    const success = !('error' in outcome) && outcome.success;
    yield {
      task: outcome.task.id,
      result: { success, terminalOutput: `${terminalOutput}\n`, startTime, endTime: Date.now() },
    };
    startTime = Date.now();
  }
}

import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import type { BatchTaskResult } from '../shared/batch-task-result';
import { join, relative } from 'node:path';
import { readRepositoryFiles } from '../../adapters/read-repository-files';
import { pluginVersion } from '../../plugin-version';
import { collectConfigRenders } from './lib/config-renders';
import { diskLintIo } from './lib/lint-io';
import { lintProject, renderTaskOutput } from './lib/lint-project';
import { normalizeLintOptions } from './lib/normalize-options';
import { collectPythonFindings } from './lib/python-findings';
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
    const options = normalizeLintOptions(inputs[task.id] ?? {}, { isTTY: process.stdout.isTTY === true, env: process.env });
    return { id: task.id, project: task.target.project, projectRoot, displayRoot: relative(context.root, projectRoot).split('\\').join('/'), options };
  });
  // Every spec.yaml of the batch renders in one Python process, while ruff runs.
  const rendering = collectConfigRenders(tasks.map((t) => t.projectRoot), { workspaceRoot: context.root, checksDev: tasks[0]?.options.checksDev, log: (line) => console.error(line) });
  rendering.catch(() => undefined);
  const python = await collectPythonFindings(
    tasks.filter((t) => t.options.python).map((t) => ({ ...t, fix: t.options.fix })),
    { workspaceRoot: context.root, ruff: tasks[0]?.options.ruff, log: (line) => console.error(line) },
  );
  const rendered = await rendering;
  const version = pluginVersion();
  const repository = readRepositoryFiles(context.root);
  for (const task of tasks) {
    const startTime = Date.now();
    let success = false;
    let terminalOutput: string;
    try {
      const ruff = task.options.python ? python.get(task.projectRoot) : undefined;
      const linted = lintProject({ ...task, repository, renderedConfig: rendered.get(task.projectRoot) }, ruff?.diagnostics, task.options, diskLintIo, version);
      const result = { ...linted, notes: [...(ruff?.notes ?? []), ...linted.notes] };
      success = result.success;
      if (task.options.format === 'json' || task.options.format === 'sarif') for (const note of result.notes) console.error(note);
      terminalOutput = renderTaskOutput(result, task.options);
    } catch (error) {
      terminalOutput = `${task.displayRoot}: lint failed: ${(error as Error).stack ?? String(error)}`;
    }
    yield { task: task.id, result: { success, terminalOutput: `${terminalOutput}\n`, startTime, endTime: Date.now() } };
  }
}

import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import type { BatchTaskResult } from '../shared/batch-task-result';
import { relative } from 'node:path';
import { findPython } from '../../adapters/python-tools';
import { formatUserError, UserError } from '../../errors/user-error';
import { pluginVersion } from '../../plugin-version';
import type { PythonVersion } from '../../python/python-version';
import { resolveProjectPaths } from '../shared/executor-context';
import { dependencyRoots } from './executor';
import { describeSetupResult } from './lib/describe-result';
import { ensureEnvironment } from './lib/ensure-environment';
import { normalizeSetupOptions } from './lib/normalize-options';
import type { SetupExecutorSchema } from './schema';

/**
 * Nx's batch implementation of `setup`: every setup task of a run in this one process, asking
 * each interpreter for its version once. `nx run-many -t lint` over hundreds of integrations then
 * costs one process for their setups instead of one each; environments that are up to date cost
 * a few file reads.
 */
export default async function* setupBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, SetupExecutorSchema>,
  _overrides: SetupExecutorSchema,
  context: ExecutorContext,
): AsyncGenerator<BatchTaskResult> {
  const versions = new Map<string, Promise<PythonVersion>>();
  const findOnce = (python: string) => {
    if (!versions.has(python)) versions.set(python, findPython(python));
    return versions.get(python)!;
  };
  const version = pluginVersion();
  for (const task of Object.values(taskGraph.tasks)) {
    const startTime = Date.now();
    const lines: string[] = [];
    let success = false;
    try {
      const paths = resolveProjectPaths({ ...context, projectName: task.target.project });
      const options = normalizeSetupOptions(inputs[task.id] ?? {}, process.env);
      const result = await ensureEnvironment(paths, options, version, dependencyRoots(context, paths.workspaceRoot, paths.projectName), {
        log: (line) => lines.push(line),
        findPython: findOnce,
      });
      lines.push(describeSetupResult(relative(paths.workspaceRoot, paths.venvDir), result));
      success = true;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      lines.push(formatUserError(error));
    }
    yield { task: task.id, result: { success, terminalOutput: `${lines.join('\n')}\n`, startTime, endTime: Date.now() } };
  }
}

import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import type { BatchTaskResult } from '../shared/batch-task-result';
import { relative } from 'node:path';
import { findPython } from '../../adapters/python-tools';
import { findUv, type FoundUv } from '../../adapters/workspace-uv';
import type { Interpreter } from '../../python/choose-python';
import { RESOLVE_DEPS } from './lib/resolve-python';
import { formatUserError, UserError } from '../../errors/user-error';
import { pluginVersion } from '../../plugin-version';
import type { PythonVersion } from '../../python/python-version';
import { resolveProjectPaths } from '../shared/executor-context';
import { dependencyRoots } from './executor';
import { describeSetupResult } from './lib/describe-result';
import { ensureVirtualenv } from './lib/ensure-virtualenv';
import { normalizeSetupOptions } from './lib/normalize-options';
import type { SetupExecutorSchema } from './schema';

/**
 * Nx's batch implementation of `setup` (`--batch`): every setup task of a run in this one
 * process, finding uv and the machine's interpreters once. `nx run-many -t lint` over hundreds of integrations then
 * costs one process for their setups instead of one each; virtualenvs that are up to date cost
 * a few file reads.
 */
export default async function* setupBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, SetupExecutorSchema>,
  _overrides: SetupExecutorSchema,
  context: ExecutorContext,
): AsyncGenerator<BatchTaskResult> {
  const versions = new Map<string, Promise<PythonVersion>>();
  let uv: Promise<FoundUv> | undefined;
  let interpreters: Promise<Interpreter[]> | undefined;
  const version = pluginVersion();
  for (const task of Object.values(taskGraph.tasks)) {
    const startTime = Date.now();
    const lines: string[] = [];
    let success = false;
    try {
      const paths = resolveProjectPaths({ ...context, projectName: task.target.project });
      const options = normalizeSetupOptions(inputs[task.id] ?? {}, process.env);
      const log = (line: string) => lines.push(line);
      const result = await ensureVirtualenv(
        paths,
        options,
        version,
        dependencyRoots(context, paths.workspaceRoot, paths.projectName),
        {
          log,
          uv: () => (uv ??= findUv({ workspaceRoot: context.root, python: 'python3', configured: options.uv, log })),
          interpreters: (found) => (interpreters ??= RESOLVE_DEPS.interpreters(found)),
          findPython: (python) => {
            if (!versions.has(python)) versions.set(python, findPython(python));
            return versions.get(python)!;
          },
        },
      );
      lines.push(describeSetupResult(relative(paths.workspaceRoot, paths.venvDir), result));
      success = true;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      lines.push(formatUserError(error));
    }
    yield {
      task: task.id,
      result: { success, terminalOutput: `${lines.join('\n')}\n`, startTime, endTime: Date.now() },
    };
  }
}

import type { ExecutorContext } from '@nx/devkit';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { lintTasks } from './lib/lint-tasks';
import { normalizeLintOptions } from './lib/normalize-options';
import type { LintExecutorSchema } from './schema';

/**
 * `nx lint <integration>`: ruff (with --fix, ruff's formatter and safe fixes first) and the
 * rendering of spec.yaml, then every file rule; errors fail the target. Many integrations at
 * once go through the batch implementation (batch.ts), in one process.
 */
export default async function lintExecutor(options: LintExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const normalized = normalizeLintOptions(options, {
      isTTY: process.stdout.isTTY === true,
      env: process.env,
      verbose: context.isVerbose,
    });
    const paths = resolveProjectPaths(context);
    const task = {
      id: 'lint',
      project: context.projectName ?? paths.projectName,
      projectRoot: paths.projectRoot,
      options: normalized,
    };
    for await (const outcome of lintTasks([task], paths.workspaceRoot)) {
      if ('error' in outcome) throw outcome.error;
      console.log(outcome.output);
      return outcome.success;
    }
    return false;
  });
}

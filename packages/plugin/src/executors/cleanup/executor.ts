import type { ExecutorContext } from '@nx/devkit';
import { loadEnvFile } from '../../adapters/load-env-file';
import { machineEnvironmentService } from '../../adapters/machine-environment-ports';
import { describeCleanup } from '../../environments/cleanup-environment';
import { resolveFlavor } from '../../environments/resolve-flavor';
import { DockerUnavailableError } from '../../errors/environment-errors';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import type { CleanupExecutorSchema } from './schema';

/**
 * `nx run <integration>:cleanup [--flavor=<f>|--all]`: the guide's `cleanup` step. Removes the
 * environment by its labels, so it works after a crash too; safe when nothing runs.
 */
export default async function cleanupExecutor(options: CleanupExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const envFile = loadEnvFile(paths.projectRoot, paths.projectName);
    const flavor = options.all ? undefined : resolveFlavor(envFile, paths.projectName, options.flavor);
    const what = flavor === undefined ? 'every flavor' : `flavor ${flavor}`;
    const environments = machineEnvironmentService(paths, envFile);
    try {
      const removed = await environments.cleanupInstalled(flavor);
      console.log(`${paths.projectName} (${what}): removed ${describeCleanup(removed)}.`);
      return true;
    } catch (error) {
      // Without a daemon nothing can be running, so there is nothing to remove: not a failure.
      if (error instanceof DockerUnavailableError && !process.env.DOCKER_HOST) {
        console.log(
          `${paths.projectName} (${what}): no Docker daemon answers, so nothing is running; nothing to remove now (once it answers, the next install, cleanup or test run removes what a run left).`,
        );
        return true;
      }
      throw error;
    }
  });
}

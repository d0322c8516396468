import type { ExecutorContext } from '@nx/devkit';
import { relative } from 'node:path';
import { loadEnvFile } from '../../adapters/load-env-file';
import { machineEnvironmentService } from '../../adapters/machine-environment-ports';
import { formatEndpoints } from '../../environments/format-endpoints';
import { resolveFlavor } from '../../environments/resolve-flavor';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import type { InstallExecutorSchema } from './schema';

/**
 * `nx run <integration>:install [--flavor=<f>]`: the guide's `install` step. Starts the flavor's
 * services and leaves them running for before-script, the tests and `cleanup`.
 */
export default async function installExecutor(options: InstallExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const started = Date.now();
    const envFile = loadEnvFile(paths.projectRoot, paths.projectName);
    const flavor = resolveFlavor(envFile, paths.projectName, options.flavor);
    const environments = machineEnvironmentService(paths, envFile);
    return environments.withEnvironment({ flavor, keep: true }, async (env) => {
      if (!env.running) {
        console.log(`${paths.projectName}: ci/env.yaml declares no services; nothing to start.`);
        return true;
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n${paths.projectName} (flavor ${env.flavor}) is ready after ${seconds} s.`);
      console.log(formatEndpoints(env.running.endpoints, env.env));
      if (env.stateFile)
        console.log(
          `\nRecorded in ${relative(paths.workspaceRoot, env.stateFile)}; remove with \`nx run ${paths.projectName}:cleanup --flavor=${env.flavor}\`.`,
        );
      return true;
    });
  });
}

import type { ExecutorContext } from '@nx/devkit';
import { loadEnvFile } from '../../adapters/load-env-file';
import { machineEnvironmentService } from '../../adapters/machine-environment-ports';
import { resolveFlavor } from '../../environments/resolve-flavor';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import type { BeforeScriptExecutorSchema } from './schema';

/**
 * `nx run <integration>:before-script [--flavor=<f>]`: runs ci/env.yaml's before_script against
 * the environment `install` started; the steps are read from the current ci/env.yaml.
 */
export default async function beforeScriptExecutor(options: BeforeScriptExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const envFile = loadEnvFile(paths.projectRoot, paths.projectName);
    const flavor = resolveFlavor(envFile, paths.projectName, options.flavor);
    if (envFile.services.length === 0 && envFile.beforeScript.length === 0) {
      console.log(`${paths.projectName}: ci/env.yaml declares no before_script; nothing to do.`);
      return true;
    }
    const environments = machineEnvironmentService(paths, envFile);
    const steps = await environments.runBeforeScript(await environments.attach(flavor));
    console.log(`${paths.projectName} (flavor ${flavor}): ${steps} before_script step${steps === 1 ? '' : 's'} done.`);
    return true;
  });
}

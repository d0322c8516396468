import type { ExecutorContext } from '@nx/devkit';
import { connectDocker } from '../../adapters/docker-client';
import { createDockerEngine } from '../../adapters/docker-engine';
import { planEnvironment } from '../../environments/plan-environment';
import { EnvironmentNotRunningError } from '../../errors/environment-errors';
import { readState, stateFilePath } from '../shared/environment/environment-state';
import { attach } from '../shared/environment/integration-environment';
import { loadEnvFile, resolveFlavor } from '../shared/environment/load-env-file';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import type { BeforeScriptExecutorSchema } from './schema';

/**
 * `nx run <integration>:before_script [--flavor=<f>]`: runs ci/env.yaml's before_script against
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
    const install = `nx run ${paths.projectName}:install --flavor=${flavor}`;
    const state = readState(stateFilePath(paths.outputRoot, flavor));
    if (!state)
      throw new EnvironmentNotRunningError(
        `${paths.projectName} (flavor ${flavor}) has no running environment.`,
        `start it first: \`${install}\``,
      );
    const engine = createDockerEngine(await connectDocker());
    const present = await engine.list({ sessionId: state.sessionId });
    const missing = state.containers.filter((c) => !present.some((o) => o.kind === 'container' && o.id === c.id));
    if (missing.length > 0) {
      throw new EnvironmentNotRunningError(
        `${paths.projectName} (flavor ${flavor}): container(s) ${missing.map((c) => c.name).join(', ')} of the recorded environment are gone.`,
        `start it again: \`${install}\``,
      );
    }
    const current = planEnvironment({ envFile, projectRoot: paths.projectRoot, identity: state.plan.identity });
    const plan = { ...state.plan, beforeScript: current.beforeScript };
    const running = { plan, containers: state.containers, endpoints: state.endpoints, readyAfterMs: 0 };
    const steps = await attach(engine, running, state.env, paths, undefined, (line) =>
      console.log(line),
    ).runBeforeScript();
    console.log(`${paths.projectName} (flavor ${flavor}): ${steps} before_script step${steps === 1 ? '' : 's'} done.`);
    return true;
  });
}

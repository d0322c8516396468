import { EnvironmentNotRunningError } from '../errors/environment-errors';
import { stateFilePath } from './environment-state';
import { planEnvironment } from './plan-environment';
import type { StartedEnvironment, StartEnvironmentDeps } from './start-integration-environment';

/**
 * Re-attaches to the environment `install` recorded for a flavor, checking that its containers
 * are still there. The before_script steps come from the current ci/env.yaml, so that an edited
 * script runs without a new install.
 */
export async function attachEnvironment(
  deps: Pick<StartEnvironmentDeps, 'integration' | 'envFile' | 'engine' | 'stateFiles'>,
  flavor: string,
): Promise<StartedEnvironment> {
  const { integration, envFile, engine } = deps;
  const name = integration.projectName;
  const install = `nx run ${name}:install --flavor=${flavor}`;
  const stateFile = stateFilePath(integration.outputRoot, flavor);
  const state = deps.stateFiles.read(stateFile);
  if (!state)
    throw new EnvironmentNotRunningError(
      `${name} (flavor ${flavor}) has no running environment.`,
      `start it first: \`${install}\``,
    );
  const present = await engine.list({ sessionId: state.sessionId });
  const missing = state.containers.filter((c) => !present.some((o) => o.kind === 'container' && o.id === c.id));
  if (missing.length > 0) {
    throw new EnvironmentNotRunningError(
      `${name} (flavor ${flavor}): container(s) ${missing.map((c) => c.name).join(', ')} of the recorded environment are gone.`,
      `start it again: \`${install}\``,
    );
  }
  const current = planEnvironment({ envFile, projectRoot: integration.projectRoot, identity: state.plan.identity });
  const plan = { ...state.plan, beforeScript: current.beforeScript };
  const running = { plan, containers: state.containers, endpoints: state.endpoints, readyAfterMs: 0 };
  return { flavor, running, env: state.env, stateFile };
}

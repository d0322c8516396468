import { cleanupInstalledEnvironments, describeCleanup, removedAny, type CleanupSummary } from './cleanup-environment';
import { endpointEnvironment } from './endpoint-variables';
import { stateFilePath } from './environment-state';
import type { EnvironmentServiceDeps, StartedEnvironment, StartRequest } from './environment-service';
import { planEnvironment } from './plan-environment';
import { ENV_FILE } from './read-env-file';
import { startEnvironment } from './start-environment';

/**
 * Starts one flavor's environment of an integration: removes a previous installed environment
 * of the flavor (install only), sweeps environments whose owner is gone, builds images, starts
 * services and waits until they are ready, then records the state file (install only). Without
 * services it starts nothing and never calls the engine.
 */
export async function startIntegrationEnvironment(
  deps: EnvironmentServiceDeps,
  request: StartRequest,
  sweep: () => Promise<CleanupSummary>,
): Promise<StartedEnvironment> {
  const { integration, envFile, engine, log } = deps;
  const { flavor, keep } = request;
  if (envFile.services.length === 0) {
    const variables = envFile.flavors.find((f) => f.name === flavor)?.variables ?? {};
    return { flavor, running: undefined, env: endpointEnvironment(flavor, variables, []) };
  }
  const stateFile = keep ? stateFilePath(integration.outputRoot, flavor) : '';
  if (keep) {
    const previous = await cleanupInstalledEnvironments(
      engine,
      { workspace: integration.workspaceRoot, integration: integration.projectName, flavor },
      deps.ownerFacts,
    );
    if (removedAny(previous)) log(`removed the previous environment of flavor ${flavor}: ${describeCleanup(previous)}`);
  }
  await sweep();
  const plan = planEnvironment({
    envFile,
    projectRoot: integration.projectRoot,
    identity: {
      workspace: integration.workspaceRoot,
      integration: integration.projectName,
      flavor,
      sessionId: deps.newSessionId(),
      stateFile,
      ...deps.owner,
    },
  });
  const running = await startEnvironment(plan, engine, {
    log,
    clock: deps.clock,
    envFile: ENV_FILE,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const env = endpointEnvironment(flavor, plan.variables, running.endpoints);
  if (!keep) return { flavor, running, env };
  deps.stateFiles.write(stateFile, {
    sessionId: plan.identity.sessionId,
    integration: integration.projectName,
    flavor,
    createdAt: new Date(deps.clock.now()).toISOString(),
    plan,
    containers: running.containers,
    endpoints: running.endpoints,
    env,
  });
  return { flavor, running, env, stateFile };
}

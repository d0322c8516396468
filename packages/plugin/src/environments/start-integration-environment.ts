import { cleanupInstalledEnvironments, describeCleanup, removedAny, type CleanupSummary } from './cleanup-environment';
import { endpointEnvironment } from './endpoint-variables';
import type { EnvFile } from './env-file';
import type { EnvironmentEngine, Log, RunningEnvironment } from './environment-engine';
import { stateFilePath, type StateFiles } from './environment-state';
import type { EnvironmentIdentity } from './labels';
import { planEnvironment } from './plan-environment';
import { ENV_FILE } from './read-env-file';
import { startEnvironment } from './start-environment';
import type { OwnerFacts } from './sweep';
import type { Clock } from './wait-ready';

/** The paths and names of the integration whose environments a service manages. */
export interface IntegrationRef {
  workspaceRoot: string;
  projectName: string;
  /** Absolute path of the integration's folder (host before_script steps run there). */
  projectRoot: string;
  /** Absolute path of its output folder; state files go to `<outputRoot>/environments/`. */
  outputRoot: string;
}

/** What starting an environment works with: the integration, its ci/env.yaml, and the ports to the machine. */
export interface StartEnvironmentDeps {
  integration: IntegrationRef;
  /** The integration's validated ci/env.yaml. */
  envFile: EnvFile;
  /** The container engine; it is called only for an env.yaml with services. */
  engine: EnvironmentEngine;
  clock: Clock;
  log: Log;
  stateFiles: StateFiles;
  /** This process, as the owner of the environments it starts. */
  owner: Pick<EnvironmentIdentity, 'ownerPid' | 'ownerStart' | 'ownerHost'>;
  /** What a sweep judges owners by. */
  ownerFacts: OwnerFacts;
  /** A fresh session id per started environment. */
  newSessionId: () => string;
}

/** What to start: one flavor, installed (kept) or for this process only. */
export interface StartRequest {
  /** A flavor of the env.yaml, already resolved (see resolveFlavor). */
  flavor: string;
  /**
   * true (`install`): the environment outlives this process, recorded in a state file, until
   * `cleanup`. false (a test run): it belongs to this process and is swept once it is gone.
   */
  keep: boolean;
  /** Abort to stop starting; what was created is removed. */
  signal?: AbortSignal;
}

/** A started, attached or (without services) trivially empty environment of one flavor. */
export interface StartedEnvironment {
  flavor: string;
  running: RunningEnvironment | undefined;
  /** Variables for the test process: DD_ENV_FLAVOR, DD_ENV_VAR_*, DD_ENV_<SERVICE>_HOST / _PORT_<port>. */
  env: Record<string, string>;
  /** The state file that records it (installed environments only). */
  stateFile?: string;
}

/**
 * Starts one flavor's environment of an integration: removes a previous installed environment
 * of the flavor (install only), sweeps environments whose owner is gone, builds images, starts
 * services and waits until they are ready, then records the state file (install only). Without
 * services it starts nothing and never calls the engine.
 */
export async function startIntegrationEnvironment(
  deps: StartEnvironmentDeps,
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
  const env = endpointEnvironment(
    flavor,
    plan.variables,
    running.endpoints,
    plan.services.map((service) => service.name),
  );
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

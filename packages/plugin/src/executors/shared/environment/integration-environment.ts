import { randomUUID } from 'node:crypto';
import { connectDocker } from '../../../adapters/docker-client';
import { createDockerEngine } from '../../../adapters/docker-engine';
import { currentOwner, machineOwnerFacts } from '../../../adapters/process-owner';
import { runProcess } from '../../../adapters/run-process';
import { endpointEnvironment } from '../../../environments/endpoint-variables';
import type { EnvironmentEngine, Log, RunningEnvironment } from '../../../environments/environment-engine';
import { planEnvironment } from '../../../environments/plan-environment';
import { ENV_FILE } from '../../../environments/read-env-file';
import { runBeforeScript, type HostRunner } from '../../../environments/run-before-script';
import { startEnvironment } from '../../../environments/start-environment';
import {
  cleanupEnvironments,
  describeRemoval,
  removeEnvironment,
  sweepStaleEnvironments,
  type RemovalSummary,
} from '../../../environments/stop-environment';
import { systemClock } from './system-clock';
import { stateFilePath, writeState } from './environment-state';
import { loadEnvFile, resolveFlavor } from './load-env-file';

/** The paths and names an environment is started for (a subset of ProjectPaths). */
export interface IntegrationRef {
  workspaceRoot: string;
  projectName: string;
  projectRoot: string;
  outputRoot: string;
}

export interface StartRequest {
  integration: IntegrationRef;
  /** Default: the env.yaml's default flavor (a number is matched as Nx parses `--flavor=7.0`). */
  flavor?: string | number;
  /**
   * true (`install`): the environment outlives this process, recorded in a state file, until
   * `cleanup`. false (a test run): it belongs to this process and is swept once it is gone.
   */
  keep: boolean;
  log?: Log;
  /** Abort to stop starting; what was created is removed. */
  signal?: AbortSignal;
}

/** A started (or, without services, trivially empty) environment of one flavor. */
export interface StartedEnvironment {
  flavor: string;
  running: RunningEnvironment | undefined;
  /** Variables for the test process: DD_ENV_FLAVOR, DD_ENV_VAR_*, DD_ENV_<SERVICE>_HOST / _PORT_<port>. */
  env: Record<string, string>;
  stateFile?: string;
  /** Runs ci/env.yaml's before_script; returns how many steps ran. */
  runBeforeScript(): Promise<number>;
  /** Removes the environment (idempotent). */
  stop(): Promise<RemovalSummary>;
}

const EMPTY: RemovalSummary = { containers: 0, networks: 0, volumes: 0 };

/**
 * Starts one flavor's environment of an integration, in-process: validates ci/env.yaml,
 * removes a previous environment of the same flavor (install only), sweeps environments whose
 * owner is gone, builds images, starts services and waits until they are ready.
 */
export async function startIntegrationEnvironment(request: StartRequest): Promise<StartedEnvironment> {
  const { integration } = request;
  const log = request.log ?? ((line: string) => console.log(line));
  const envFile = loadEnvFile(integration.projectRoot, integration.projectName);
  const flavor = resolveFlavor(envFile, integration.projectName, request.flavor);
  const variables = envFile.flavors.find((f) => f.name === flavor)?.variables ?? {};
  if (envFile.services.length === 0) {
    return {
      flavor,
      running: undefined,
      env: endpointEnvironment(flavor, variables, []),
      runBeforeScript: async () => 0,
      stop: async () => EMPTY,
    };
  }
  const engine = createDockerEngine(await connectDocker());
  const stateFile = request.keep ? stateFilePath(integration.outputRoot, flavor) : '';
  if (request.keep) {
    const previous = await cleanupEnvironments(
      engine,
      { workspace: integration.workspaceRoot, integration: integration.projectName, flavor },
      machineOwnerFacts(),
    );
    if (previous.containers + previous.networks + previous.volumes > 0)
      log(`removed the previous environment of flavor ${flavor}: ${describeRemoval(previous)}`);
  }
  await sweepStale(engine, log);
  const plan = planEnvironment({
    envFile,
    projectRoot: integration.projectRoot,
    identity: {
      workspace: integration.workspaceRoot,
      integration: integration.projectName,
      flavor,
      sessionId: randomUUID(),
      stateFile,
      ...currentOwner(),
    },
  });
  const running = await startEnvironment(plan, engine, {
    log,
    clock: systemClock,
    envFile: ENV_FILE,
    ...(request.signal ? { signal: request.signal } : {}),
  });
  const env = endpointEnvironment(flavor, plan.variables, running.endpoints);
  if (request.keep) {
    writeState(stateFile, {
      sessionId: plan.identity.sessionId,
      integration: integration.projectName,
      flavor,
      createdAt: new Date().toISOString(),
      plan,
      containers: running.containers,
      endpoints: running.endpoints,
      env,
    });
  }
  return attach(engine, running, env, integration, request.keep ? stateFile : undefined, log);
}

/** Re-attaches to an environment `install` recorded (for before_script). */
export function attach(
  engine: EnvironmentEngine,
  running: RunningEnvironment,
  env: Record<string, string>,
  integration: IntegrationRef,
  stateFile: string | undefined,
  log: Log,
): StartedEnvironment {
  return {
    flavor: running.plan.identity.flavor,
    running,
    env,
    ...(stateFile ? { stateFile } : {}),
    runBeforeScript: () => runBeforeScript(running, engine, hostRunner(integration.projectRoot), env, log, ENV_FILE),
    stop: () => removeEnvironment(engine, { sessionId: running.plan.identity.sessionId }),
  };
}

/** Removes environments whose owner is gone (a run killed with SIGKILL), of any integration. */
export async function sweepStale(engine: EnvironmentEngine, log: Log): Promise<RemovalSummary> {
  const swept = await sweepStaleEnvironments(engine, machineOwnerFacts());
  if (swept.containers + swept.networks + swept.volumes > 0)
    log(`swept environments left by runs that ended without cleaning up: ${describeRemoval(swept)}`);
  return swept;
}

function hostRunner(cwd: string): HostRunner {
  return async (command, env) => {
    const [file, ...args] = command;
    const result = await runProcess({ file: file as string, args, cwd, env });
    return { exitCode: result.exitCode, output: `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}` };
  };
}

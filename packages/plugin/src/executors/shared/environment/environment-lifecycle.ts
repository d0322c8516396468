import { connectDocker } from '../../../adapters/docker-client';
import { createDockerEngine } from '../../../adapters/docker-engine';
import type { Log } from '../../../environments/environment-engine';
import { cleanupEnvironments, type RemovalSummary } from '../../../environments/stop-environment';
import { machineOwnerFacts } from '../../../adapters/process-owner';
import { readdirSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeState, stateFilePath } from './environment-state';
import {
  startIntegrationEnvironment,
  sweepStale,
  type IntegrationRef,
  type StartedEnvironment,
  type StartRequest,
} from './integration-environment';
import { guardInterrupts } from './interrupt-signal';

/**
 * Starts an environment with Ctrl-C / SIGTERM / SIGHUP turned into a clean abort: a signal
 * during the start stops it and removes what was created; with `keep: false`, a signal while
 * `body` runs removes the environment before the process exits. Without signals the
 * environment is removed after `body` unless `keep` is set.
 */
export async function withIntegrationEnvironment<T>(
  request: Omit<StartRequest, 'signal'>,
  body: (started: StartedEnvironment) => Promise<T>,
): Promise<T> {
  let starting: Promise<StartedEnvironment> | undefined;
  let started: StartedEnvironment | undefined;
  const log = request.log ?? ((line: string) => console.log(line));
  const guard = guardInterrupts(async (signal) => {
    log(`received ${signal}: stopping and removing the environment...`);
    await starting?.catch(() => undefined);
    if (started && !request.keep) await started.stop();
    log('the environment was removed.');
  });
  try {
    starting = startIntegrationEnvironment({ ...request, signal: guard.signal });
    started = await starting;
    if (request.keep) guard.dispose();
    return await body(started);
  } finally {
    if (started && !request.keep && !guard.received()) await started.stop();
    guard.dispose();
  }
}

export interface StopRequest {
  integration: IntegrationRef;
  /** One flavor; undefined: every flavor of the integration. */
  flavor?: string;
  log?: Log;
}

/**
 * Removes an integration's environment (one flavor, or all) in this workspace with its state
 * file, then sweeps environments whose owner is gone. Idempotent.
 */
export async function stopIntegrationEnvironment(request: StopRequest): Promise<RemovalSummary> {
  const log = request.log ?? ((line: string) => console.log(line));
  const engine = createDockerEngine(await connectDocker());
  const { integration } = request;
  const { busyOwners, ...removed } = await cleanupEnvironments(
    engine,
    {
      workspace: integration.workspaceRoot,
      integration: integration.projectName,
      ...(request.flavor !== undefined ? { flavor: request.flavor } : {}),
    },
    machineOwnerFacts(),
  );
  if (busyOwners.length > 0)
    log(
      `left the environments of running test process(es) ${busyOwners.join(', ')}: they remove their own when they end`,
    );
  if (request.flavor !== undefined) removeState(stateFilePath(integration.outputRoot, request.flavor));
  else {
    const dir = dirname(stateFilePath(integration.outputRoot, 'x'));
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.endsWith('.json')) removeState(`${dir}/${name}`);
  }
  await sweepStale(engine, log);
  return removed;
}

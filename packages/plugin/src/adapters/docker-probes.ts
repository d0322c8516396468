import type Docker from 'dockerode';
import { connect } from 'node:net';
import type { ReadyCondition } from '../environments/env-file';
import type { Endpoint } from '../environments/environment-plan';
import type { ProbeResult } from '../environments/wait-ready';
import { isEngineConnectionError } from './docker-errors';
import { dockerExec, dockerLogs } from './docker-exec';

/**
 * Docker's userland proxy accepts a connection on a published port even before the service
 * listens, then closes it; a connection that stays open this long reached the service.
 */
const TCP_HOLD_MS = 150;

/** One look at a readiness condition of a running container. */
export async function probeCondition(
  docker: Docker,
  condition: ReadyCondition,
  containerId: string,
  endpoints: readonly Endpoint[],
): Promise<ProbeResult> {
  const state = await docker
    .getContainer(containerId)
    .inspect()
    .then((i) => i.State)
    .catch((error: unknown) => {
      // a dead engine is no dead container: let the engine adapter report it
      if (isEngineConnectionError(error)) throw error;
      return undefined;
    });
  if (!state) return { state: 'failed', detail: 'the container is gone' };
  if (!state.Running) return { state: 'failed', detail: `the container exited with code ${state.ExitCode}` };
  const endpoint = (port: number) => endpoints.find((e) => e.containerPort === port);
  switch (condition.kind) {
    case 'log': {
      const text = await dockerLogs(docker, containerId);
      return new RegExp(condition.pattern, 'm').test(text)
        ? { state: 'ready' }
        : { state: 'waiting', detail: 'no matching log line yet' };
    }
    case 'tcp': {
      const target = endpoint(condition.port);
      if (!target) return { state: 'failed', detail: `port ${condition.port} is not published` };
      return probeTcp(target.host, target.hostPort);
    }
    case 'http': {
      const target = endpoint(condition.port);
      if (!target) return { state: 'failed', detail: `port ${condition.port} is not published` };
      try {
        const response = await fetch(`http://${target.host}:${target.hostPort}${condition.path}`, {
          signal: AbortSignal.timeout(2000),
        });
        await response.arrayBuffer().catch(() => undefined);
        return response.ok ? { state: 'ready' } : { state: 'waiting', detail: `HTTP ${response.status}` };
      } catch (error) {
        return { state: 'waiting', detail: (error as Error).message };
      }
    }
    case 'command': {
      const result = await dockerExec(docker, containerId, condition.command);
      return result.exitCode === 0
        ? { state: 'ready' }
        : {
            state: 'waiting',
            detail: `exit ${result.exitCode}: ${result.output.trim().split('\n').slice(-3).join(' / ')}`,
          };
    }
  }
}

function probeTcp(host: string, port: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let timer: NodeJS.Timeout | undefined;
    const done = (result: ProbeResult) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(2000, () => done({ state: 'waiting', detail: 'connection timed out' }));
    socket.on('error', (error) => done({ state: 'waiting', detail: error.message }));
    socket.on('close', () => done({ state: 'waiting', detail: 'connection closed at once' }));
    socket.on('connect', () => {
      timer = setTimeout(() => done({ state: 'ready' }), TCP_HOLD_MS);
    });
  });
}

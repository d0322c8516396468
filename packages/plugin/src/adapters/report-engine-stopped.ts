import type { EnvironmentEngine } from '../environments/environment-engine';
import { engineStoppedError, isEngineConnectionError } from './docker-errors';

/** What each engine call was doing, for "stopped answering while …". */
const ACTIONS: Record<keyof EnvironmentEngine, string> = {
  prepareImage: 'preparing an image',
  createNetwork: 'creating the network',
  createVolume: 'creating a volume',
  startContainer: 'starting a container',
  endpoints: 'reading the published ports',
  probe: 'waiting for a service to be ready',
  logTail: "reading a container's log",
  exec: 'running a command in a container',
  list: 'listing the environments',
  remove: 'removing the environment',
};

/**
 * How long a short Engine API call (list, inspect, create, remove, a readiness probe) may take
 * before the engine counts as not answering; a daemon that hangs would otherwise hang the run.
 */
export const ENGINE_CALL_TIMEOUT_MS = 60_000;

/** Builds and commands in containers take as long as they take. */
const UNTIMED: ReadonlySet<keyof EnvironmentEngine> = new Set(['prepareImage', 'exec']);

/** A short Engine API call that got no answer in time (node's code for it, so it classifies as one). */
class EngineTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number) {
    super(`no answer within ${ms / 1000} s`);
  }
}

/**
 * The engine, with every call that fails because the engine stopped answering turned into an
 * EngineStoppedError naming the engine's address, and every other error passed on as it is.
 */
export function reportEngineStopped(
  engine: EnvironmentEngine,
  address: string,
  timeoutMs = ENGINE_CALL_TIMEOUT_MS,
): EnvironmentEngine {
  const guard =
    <A extends unknown[], R>(name: keyof EnvironmentEngine, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        if (UNTIMED.has(name)) return;
        timer = setTimeout(() => reject(new EngineTimeoutError(timeoutMs)), timeoutMs);
      });
      try {
        return await Promise.race([call(...args), timeout]);
      } catch (error) {
        throw isEngineConnectionError(error) ? engineStoppedError(error, address, ACTIONS[name]) : error;
      } finally {
        clearTimeout(timer);
      }
    };
  return {
    prepareImage: guard('prepareImage', engine.prepareImage),
    createNetwork: guard('createNetwork', engine.createNetwork),
    createVolume: guard('createVolume', engine.createVolume),
    startContainer: guard('startContainer', engine.startContainer),
    endpoints: guard('endpoints', engine.endpoints),
    probe: guard('probe', engine.probe),
    logTail: guard('logTail', engine.logTail),
    exec: guard('exec', engine.exec),
    list: guard('list', engine.list),
    remove: guard('remove', engine.remove),
  };
}

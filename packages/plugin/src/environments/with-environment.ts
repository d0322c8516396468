import { cleanupAfterRun } from './cleanup-after-run';
import type { Log } from './environment-engine';
import type { GuardInterrupts } from './interrupt-guard';
import type { StartedEnvironment, StartRequest } from './start-integration-environment';

/** The two steps withEnvironment runs around its body (the environment service's start and cleanup). */
export interface StartAndCleanup {
  start(request: StartRequest): Promise<StartedEnvironment>;
  cleanup(environment: StartedEnvironment): Promise<unknown>;
}

/**
 * Starts an environment with Ctrl-C / SIGTERM / SIGHUP turned into an orderly abort: a signal
 * during the start stops it and removes what was created; with `keep: false`, a signal while
 * `body` runs removes the environment before the process exits. Without signals the
 * environment is removed after `body` unless `keep` is set.
 */
export async function withEnvironment<T>(
  service: StartAndCleanup,
  { guardInterrupts, log }: { guardInterrupts: GuardInterrupts; log: Log },
  request: Omit<StartRequest, 'signal'>,
  body: (environment: StartedEnvironment) => Promise<T>,
): Promise<T> {
  let starting: Promise<StartedEnvironment> | undefined;
  let started: StartedEnvironment | undefined;
  let failure: unknown;
  const guard = guardInterrupts(async (signal) => {
    log(`received ${signal}: stopping and removing the environment...`);
    await starting?.catch(() => undefined);
    if (started && !request.keep) await service.cleanup(started);
    log('the environment was removed.');
  });
  try {
    starting = service.start({ ...request, signal: guard.signal });
    started = await starting;
    if (request.keep) guard.dispose();
    return await body(started);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    if (started && !request.keep && !guard.received())
      await cleanupAfterRun((e) => service.cleanup(e), started, failure);
    guard.dispose();
  }
}

import type { ReadyCondition } from './env-file';

/** One look at a condition: held, not yet (with what was seen), or never will (the container died). */
export type ProbeResult =
  { state: 'ready' } | { state: 'waiting'; detail?: string } | { state: 'failed'; detail: string };

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export type WaitOutcome =
  | { ready: true; elapsedMs: number }
  | { ready: false; elapsedMs: number; reason: 'timeout' | 'failed'; detail?: string };

/** Polling starts fast (services often answer within a second) and backs off to this. */
const MAX_INTERVAL_MS = 500;

/**
 * Probes one condition until it holds, fails for good, or its timeout passes. Pure: the probe
 * and the clock are given, so the loop is tested without a daemon or real time.
 */
export async function waitForCondition(
  condition: ReadyCondition,
  probe: () => Promise<ProbeResult>,
  clock: Clock,
  signal?: AbortSignal,
): Promise<WaitOutcome> {
  const started = clock.now();
  const deadline = started + condition.timeoutSeconds * 1000;
  let interval = 50;
  let detail: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const result = await probe();
    if (result.state === 'ready') return { ready: true, elapsedMs: clock.now() - started };
    if (result.state === 'failed')
      return { ready: false, elapsedMs: clock.now() - started, reason: 'failed', detail: result.detail };
    detail = result.detail ?? detail;
    if (clock.now() >= deadline)
      return { ready: false, elapsedMs: clock.now() - started, reason: 'timeout', ...(detail ? { detail } : {}) };
    await clock.sleep(Math.min(interval, Math.max(0, deadline - clock.now())), signal);
    interval = Math.min(MAX_INTERVAL_MS, interval * 2);
  }
}

/** A condition as a person reads it, e.g. `log /Ready to accept/` or `tcp 6379`. */
export function describeCondition(condition: ReadyCondition): string {
  switch (condition.kind) {
    case 'log':
      return `log line matching /${condition.pattern}/`;
    case 'tcp':
      return `TCP port ${condition.port} accepting connections`;
    case 'http':
      return `HTTP GET ${condition.path} on port ${condition.port} answering 2xx`;
    case 'command':
      return `command \`${condition.command.join(' ')}\` exiting 0 in the container`;
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../environments/wait-ready';

/** Real time, for the readiness loop. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, signal ? { signal } : undefined),
};

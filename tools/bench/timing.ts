import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times (after `before` each time) and returns the median in milliseconds. */
export function medianMs(
  runs: number,
  fn: () => void,
  before: () => void = () => undefined,
): { median: number; all: number[] } {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const started = performance.now();
    fn();
    all.push(performance.now() - started);
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], all };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** One line of a figures table: what, the value, the goal and whether the value meets it. */
export function figure(what: string, ms: number, goalMs?: number): string {
  const goal = goalMs === undefined ? '' : `  (goal < ${seconds(goalMs)}: ${ms < goalMs ? 'met' : 'NOT met'})`;
  return `${what.padEnd(52)} ${seconds(ms).padStart(9)}${goal}`;
}

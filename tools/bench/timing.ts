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
  return { median: median(all), all };
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `fn` once and returns what it returned with its duration in milliseconds. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** One line of a figures table: what, the value, the goal and whether the value meets it. */
export function figure(what: string, ms: number, goalMs?: number): string {
  const goal = goalMs === undefined ? '' : `  (goal < ${seconds(goalMs)}: ${ms < goalMs ? 'met' : 'NOT met'})`;
  return `${what.padEnd(52)} ${seconds(ms).padStart(9)}${goal}`;
}

/**
 * Runs each function once per round, in turn, for `runs` rounds after one round of warm-up, and
 * returns the median of each in milliseconds of CPU time (user and system, this process): taking
 * turns, and counting CPU rather than wall time, keep the figures steady on a shared machine.
 */
export function interleavedCpuMediansMs<K extends string>(runs: number, fns: Record<K, () => void>): Record<K, number> {
  const names = Object.keys(fns) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) fns[name]();
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      const before = process.cpuUsage();
      fns[name]();
      const used = process.cpuUsage(before);
      times[name].push((used.user + used.system) / 1000);
    }
  }
  const median = (all: number[]) => [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)];
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>;
}

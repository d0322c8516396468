import type { CiTask } from '@dd/plugin/src/ci-plan/ci-task';

/** A seeded generator of numbers in [0, 1) (mulberry32): the same workspace on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uniform(random: () => number, min: number, max: number): number {
  return min + (max - min) * random();
}

/** Lognormal (Box-Muller), clipped to [min, max]. */
function lognormal(random: () => number, median: number, sigma: number, min: number, max: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(max, Math.max(min, median * Math.exp(sigma * normal)));
}

export interface SyntheticIntegration {
  name: string;
  tasks: CiTask[];
}

export interface SyntheticWorkspace {
  integrations: SyntheticIntegration[];
  /** What every task (and every `setup`) really takes, in seconds. */
  durations: Map<string, number>;
}

/**
 * `count` integrations with 1 to 5 flavors each and durations with a realistic skew: lint 20-60 s,
 * package 15-40 s, setup 20-90 s (once per job that runs any of the integration's flavors), each
 * flavor lognormal around 200 s, from 60 to 900 s.
 */
export function syntheticWorkspace(count: number, seed: number): SyntheticWorkspace {
  const random = seededRandom(seed);
  const durations = new Map<string, number>();
  const integrations = Array.from({ length: count }, (_, i): SyntheticIntegration => {
    const name = `integration_${String(i).padStart(4, '0')}`;
    const setup = `${name}:setup`;
    durations.set(setup, uniform(random, 20, 90));
    const flavors = 1 + Math.floor(random() * 5);
    const tasks: CiTask[] = [
      { id: `${name}:lint`, project: name, target: 'lint', dependencies: [] },
      ...Array.from({ length: flavors }, (_, f) => ({
        id: `${name}:test--${f + 1}`,
        project: name,
        target: `test--${f + 1}`,
        dependencies: [setup],
      })),
      { id: `${name}:package`, project: name, target: 'package', dependencies: [] },
    ];
    for (const task of tasks) {
      const seconds =
        task.target === 'lint'
          ? uniform(random, 20, 60)
          : task.target === 'package'
            ? uniform(random, 15, 40)
            : lognormal(random, 200, 0.8, 60, 900);
      durations.set(task.id, Math.round(seconds * 10) / 10);
    }
    return { name, tasks };
  });
  return { integrations, durations };
}

/** The integrations a change affects: a seeded choice of `fraction` of them. */
export function affectedIntegrations(
  integrations: readonly SyntheticIntegration[],
  fraction: number,
  seed: number,
): SyntheticIntegration[] {
  const random = seededRandom(seed);
  const shuffled = [...integrations];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, Math.ceil(fraction * integrations.length));
}

/** What a job really takes: its tasks, and each dependency once. */
export function jobSeconds(tasks: readonly CiTask[], durations: ReadonlyMap<string, number>): number {
  const dependencies = new Set(tasks.flatMap((t) => t.dependencies));
  return [...tasks.map((t) => t.id), ...dependencies].reduce((sum, id) => sum + (durations.get(id) ?? 0), 0);
}

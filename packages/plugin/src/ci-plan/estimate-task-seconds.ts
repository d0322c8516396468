import { targetOfTaskId, type TaskDurations } from './ci-task';

/**
 * What a task is assumed to take when no run has recorded it, by target family (the target name
 * up to `--`: every `test--<flavor>` is `test`). Used only when no recorded task of the same
 * family gives a better guess.
 */
export const DEFAULT_TASK_SECONDS: Readonly<Record<string, number>> = {
  lint: 60,
  test: 300,
  package: 60,
  setup: 60,
};

/** The guess for a family absent from {@link DEFAULT_TASK_SECONDS}. */
export const FALLBACK_TASK_SECONDS = 120;

export interface TaskEstimate {
  seconds: number;
  /** Whether a previous run measured this very task. */
  recorded: boolean;
}

/** `test--7.0` -> `test`. */
export function targetFamily(target: string): string {
  const cut = target.indexOf('--');
  return cut === -1 ? target : target.slice(0, cut);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Estimates a task's duration: its recorded duration; else the median recorded duration of its
 * family (an unknown flavor costs what flavors cost in this workspace); else the default.
 */
export function createTaskEstimator(durations: TaskDurations): (id: string) => TaskEstimate {
  const byFamily = new Map<string, number[]>();
  for (const [id, seconds] of durations) {
    const family = targetFamily(targetOfTaskId(id));
    const values = byFamily.get(family) ?? [];
    values.push(seconds);
    byFamily.set(family, values);
  }
  const familyMedian = new Map([...byFamily].map(([family, values]) => [family, median(values)]));
  return (id) => {
    const recorded = durations.get(id);
    if (recorded !== undefined) return { seconds: recorded, recorded: true };
    const family = targetFamily(targetOfTaskId(id));
    return {
      seconds: familyMedian.get(family) ?? DEFAULT_TASK_SECONDS[family] ?? FALLBACK_TASK_SECONDS,
      recorded: false,
    };
  };
}

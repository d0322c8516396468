/**
 * One unit of CI work that the plan schedules on its own: an integration's `lint`, one
 * `test--<flavor>`, its `package` (or a library's `test`).
 */
export interface CiTask {
  /** Nx's task id, `<project>:<target>`. */
  id: string;
  project: string;
  target: string;
  /**
   * Tasks that run with this one wherever it runs, and that the plan never schedules on their
   * own (the integration's `setup`): a job pays for each of them once, however many of its tasks
   * need it.
   */
  dependencies: readonly string[];
}

/** Recorded durations in seconds, by task id. */
export type TaskDurations = ReadonlyMap<string, number>;

/** Something the plan wants people to know, as data; formatting (annotations, Markdown) is separate. */
export interface PlanNotice {
  /** Stable id, e.g. `timings/corrupt`. */
  ruleId: string;
  severity: 'notice' | 'warning';
  message: string;
  /** How to act on it. */
  hint?: string;
}

/** The target part of a task id (`redis:test--7.0` -> `test--7.0`). */
export function targetOfTaskId(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1);
}

import type { CiTask, PlanNotice, TaskDurations } from './ci-task';
import { chooseJobCount } from './choose-job-count';
import { createTaskEstimator, type TaskEstimate } from './estimate-task-seconds';
import type { PlanLimits } from './plan-limits';

/** A task with the duration the plan assumed for it. */
export interface PlannedTask extends CiTask, TaskEstimate {}

/** One matrix job: its shard number (1-based, over the whole plan), batch, tasks and estimate. */
export interface PlannedJob {
  shard: number;
  batch: number;
  /** Its tasks and each shared dependency once, in seconds. */
  seconds: number;
  tasks: PlannedTask[];
}

export interface CiPlan {
  jobs: PlannedJob[];
  /** The shard numbers of each batch (one matrix each), in order. */
  batches: number[][];
  /** Sum of the jobs' estimates. */
  totalSeconds: number;
  notices: PlanNotice[];
}

interface OpenJob {
  seconds: number;
  tasks: PlannedTask[];
  dependencies: Set<string>;
}

/**
 * Packs tasks into jobs and jobs into batches. Greedy longest-processing-time first: the tasks,
 * longest first, each go to the job that would end earliest with it, where a job that already
 * holds a task's dependencies (the integration's `setup`) does not pay for them again. Jobs are
 * numbered longest first, so that the longest start first, and cut into batches of at most
 * `jobsPerBatch`, of even sizes.
 */
export function planTasks(tasks: readonly CiTask[], durations: TaskDurations, limits: PlanLimits): CiPlan {
  const estimate = createTaskEstimator(durations);
  const known = new Map<string, number>();
  const dependencySeconds = (id: string) => {
    if (!known.has(id)) known.set(id, estimate(id).seconds);
    return known.get(id)!;
  };
  const planned = tasks.map((task): PlannedTask => ({ ...task, ...estimate(task.id) }));
  const withDependencies = (task: PlannedTask) =>
    task.seconds + task.dependencies.reduce((sum, d) => sum + dependencySeconds(d), 0);

  const dependencies = new Set(planned.flatMap((t) => t.dependencies));
  const { jobs: count, notices } = chooseJobCount(
    {
      totalSeconds:
        planned.reduce((sum, t) => sum + t.seconds, 0) +
        [...dependencies].reduce((sum, d) => sum + dependencySeconds(d), 0),
      longestSeconds: Math.max(0, ...planned.map(withDependencies)),
      tasks: planned.length,
    },
    limits,
  );

  const open: OpenJob[] = Array.from({ length: count }, () => ({ seconds: 0, tasks: [], dependencies: new Set() }));
  const order = [...planned].sort((a, b) => withDependencies(b) - withDependencies(a) || compare(a.id, b.id));
  for (const task of order) {
    let best: OpenJob | undefined;
    let bestEnd = Infinity;
    for (const job of open) {
      let end = job.seconds + task.seconds;
      for (const d of task.dependencies) if (!job.dependencies.has(d)) end += dependencySeconds(d);
      if (end < bestEnd) [best, bestEnd] = [job, end];
    }
    best!.tasks.push(task);
    best!.seconds = bestEnd;
    for (const d of task.dependencies) best!.dependencies.add(d);
  }

  const sorted = open.sort((a, b) => b.seconds - a.seconds);
  const batchCount = Math.ceil(sorted.length / limits.jobsPerBatch);
  const perBatch = Math.ceil(sorted.length / Math.max(1, batchCount));
  const jobs = sorted.map((job, i): PlannedJob => ({
    shard: i + 1,
    batch: Math.floor(i / perBatch) + 1,
    seconds: job.seconds,
    tasks: job.tasks.sort((a, b) => compare(a.id, b.id)),
  }));
  const batches = Array.from({ length: batchCount }, (_, b) =>
    jobs.filter((j) => j.batch === b + 1).map((j) => j.shard),
  );
  return { jobs, batches, totalSeconds: jobs.reduce((sum, j) => sum + j.seconds, 0), notices };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The longest job over the mean job: 1 is a perfect balance. 0 for no jobs. */
export function planBalance(jobs: readonly Pick<PlannedJob, 'seconds'>[]): number {
  if (jobs.length === 0) return 0;
  const mean = jobs.reduce((sum, j) => sum + j.seconds, 0) / jobs.length;
  return mean === 0 ? 1 : Math.max(...jobs.map((j) => j.seconds)) / mean;
}

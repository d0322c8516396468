import type { PlanFile } from './plan-file';

/** The plan job's output holding batch `n`'s shard numbers, a JSON list (`batch_1`). */
export function batchOutputName(batch: number): string {
  return `batch_${batch}`;
}

/**
 * The plan step's outputs: `any` (`true` when there is a task to run), `tasks` (how many) and
 * every batch the workflow declares, `[]` for those the plan leaves empty.
 */
export function planOutputs(plan: Pick<PlanFile, 'jobs' | 'batches'>, maxBatches: number): Record<string, string> {
  const batches = Object.fromEntries(
    Array.from({ length: maxBatches }, (_, i) => [batchOutputName(i + 1), JSON.stringify(plan.batches[i] ?? [])]),
  );
  const tasks = plan.jobs.reduce((sum, j) => sum + j.tasks.length, 0);
  return { any: String(tasks > 0), tasks: String(tasks), ...batches };
}

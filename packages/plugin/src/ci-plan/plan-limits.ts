/** GitHub Actions refuses a matrix of more than this many jobs. */
export const GITHUB_MATRIX_LIMIT = 256;

/** How big a plan may grow, and the size of job it aims for. */
export interface PlanLimits {
  /** Jobs in one matrix (one batch): at most {@link GITHUB_MATRIX_LIMIT}. */
  jobsPerBatch: number;
  /** Batches the workflow declares: the plan never uses more. */
  maxBatches: number;
  /** The work one job aims for, in seconds; the job count follows from it. */
  jobSeconds: number;
}

/**
 * The defaults: 240 jobs per matrix (Datadog's own dispatcher's batch, under the limit), 4
 * batches (960 jobs: 1,000 integrations with five flavors each are about 7,000 tasks, seven per
 * job), 20 minutes of work per job.
 */
export const DEFAULT_PLAN_LIMITS: PlanLimits = { jobsPerBatch: 240, maxBatches: 4, jobSeconds: 20 * 60 };

/** What is wrong with a set of limits, one sentence each; empty when they are usable. */
export function checkPlanLimits(limits: PlanLimits): string[] {
  const problems: string[] = [];
  const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!whole(limits.jobsPerBatch, 1, GITHUB_MATRIX_LIMIT))
    problems.push(
      `jobs per batch must be a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub's matrix limit); received ${limits.jobsPerBatch}`,
    );
  if (!whole(limits.maxBatches, 1, 20))
    problems.push(`batches must be a whole number from 1 to 20; received ${limits.maxBatches}`);
  if (!(limits.jobSeconds > 0)) problems.push(`the work per job must be more than 0 s; received ${limits.jobSeconds}`);
  return problems;
}

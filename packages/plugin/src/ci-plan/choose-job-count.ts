import type { PlanNotice } from './ci-task';
import type { PlanLimits } from './plan-limits';

export interface WorkSize {
  /** Every task once and every shared dependency once: what all jobs together do at least. */
  totalSeconds: number;
  /** The longest task with its dependencies: no job can be shorter. */
  longestSeconds: number;
  tasks: number;
}

export interface JobCount {
  jobs: number;
  notices: PlanNotice[];
}

/**
 * How many jobs a plan uses: enough for each to hold about `jobSeconds` of work, but never a
 * target below the longest task (more jobs would not end sooner, only wait), never more jobs than
 * tasks, and never more than the batches can hold. At that cap the jobs grow longer instead:
 * the plan says so and still runs everything.
 */
export function chooseJobCount(size: WorkSize, limits: PlanLimits): JobCount {
  if (size.tasks === 0) return { jobs: 0, notices: [] };
  const perJob = Math.max(limits.jobSeconds, size.longestSeconds);
  const wanted = Math.max(1, Math.ceil(size.totalSeconds / perJob));
  const cap = limits.jobsPerBatch * limits.maxBatches;
  const jobs = Math.min(wanted, cap, size.tasks);
  if (wanted <= cap || jobs === size.tasks) return { jobs, notices: [] };
  return {
    jobs,
    notices: [
      {
        ruleId: 'plan/job-cap',
        severity: 'warning',
        message: `The affected work (${(size.totalSeconds / 3600).toFixed(1)} h) wants ${wanted} jobs of about ${Math.round(perJob / 60)} min, more than the ${cap} that ${limits.maxBatches} batches of ${limits.jobsPerBatch} hold: each job runs longer instead.`,
        hint: 'regenerate the workflow with a larger --maxBatches or --jobMinutes (nx g @dd/plugin:ci-workflow)',
      },
    ],
  };
}

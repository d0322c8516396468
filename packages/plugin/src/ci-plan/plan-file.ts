import { UserError } from '../errors/user-error';
import type { PlanNotice } from './ci-task';
import type { CiPlan, PlannedJob } from './plan-tasks';

export const PLAN_FORMAT = 'dd-ci-plan/1';

/** What the plan job hands to the matrix jobs (an artifact), and what people can read after a run. */
export interface PlanFile {
  format: typeof PLAN_FORMAT;
  /** The target planned (`ci`). */
  target: string;
  base: string;
  head: string;
  jobs: PlannedJob[];
  batches: number[][];
  totalSeconds: number;
  /** Why each task is in the plan, by task id. */
  reasons: Record<string, string>;
  notices: PlanNotice[];
  planningMs: number;
}

export function toPlanFile(
  plan: CiPlan,
  context: Pick<PlanFile, 'target' | 'base' | 'head' | 'reasons' | 'planningMs'>,
): PlanFile {
  return { format: PLAN_FORMAT, ...context, ...plan };
}

/** A plan file the runner cannot use: missing, not JSON, another format, or without the shard asked for. */
export class PlanFileError extends UserError {
  override name = 'PlanFileError';
}

/** Reads a plan file and the job of one shard; every problem is a {@link PlanFileError}. */
export function readShard(
  text: string | undefined,
  source: string,
  shard: number,
): { plan: PlanFile; job: PlannedJob } {
  const hint = 'download the plan artifact of the plan job to this path, or pass --plan=<file>';
  if (text === undefined) throw new PlanFileError(`No plan at ${source}.`, hint);
  let plan: PlanFile;
  try {
    plan = JSON.parse(text) as PlanFile;
  } catch (error) {
    throw new PlanFileError(`${source} is not JSON: ${(error as Error).message}.`, hint);
  }
  if (plan?.format !== PLAN_FORMAT || !Array.isArray(plan.jobs))
    throw new PlanFileError(`${source} is not a plan: expected "format": "${PLAN_FORMAT}" and a list of jobs.`, hint);
  const job = plan.jobs.find((j) => j.shard === shard);
  if (!job)
    throw new PlanFileError(
      `Shard ${shard} is not in the plan at ${source}: it has ${plan.jobs.length === 0 ? 'no shards' : `shards 1 to ${plan.jobs.length}`}.`,
      'pass the shard number of a matrix job (DD_CI_SHARD or --shard)',
    );
  return { plan, job };
}

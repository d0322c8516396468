import { parseArgs } from 'node:util';
import { UserError } from '../errors/user-error';
import { CI_PLAN_PATHS } from './ci-plan-paths';
import { checkPlanLimits, DEFAULT_PLAN_LIMITS, type PlanLimits } from './plan-limits';

export type CliCommand =
  | {
      command: 'plan';
      base: string;
      head: string;
      target: string;
      timingsFile: string;
      outDir: string;
      limits: PlanLimits;
    }
  | { command: 'run'; shard: number; planFile: string; parallel: number; outDir: string }
  | { command: 'merge-timings'; previousFile: string; reportsDir: string; outFile: string }
  | { command: 'help' };

/** What the command line reads from its environment, read by the caller. */
export interface CliEnvironment {
  NX_BASE?: string;
  NX_HEAD?: string;
  DD_CI_SHARD?: string;
  /** nx.json's `defaultBase`. */
  defaultBase?: string;
}

export const CLI_USAGE = `Usage: node ${CI_PLAN_PATHS.cli} <command> [options]

  plan            plan the affected tasks of a target into jobs and batches
    --base, --head      the change (default $NX_BASE / nx.json's defaultBase, $NX_HEAD / HEAD)
    --target            the target whose tasks are planned (default ci)
    --timings           recorded durations (default ${CI_PLAN_PATHS.timings}; missing: defaults)
    --out               where plan.json goes (default ${CI_PLAN_PATHS.outDir})
    --jobs-per-batch, --max-batches, --job-minutes   (default ${DEFAULT_PLAN_LIMITS.jobsPerBatch}, ${DEFAULT_PLAN_LIMITS.maxBatches}, ${DEFAULT_PLAN_LIMITS.jobSeconds / 60})
  run             run one shard of a plan and record its durations
    --shard             its number (default $DD_CI_SHARD)
    --plan, --parallel, --out   (default ${CI_PLAN_PATHS.plan}, 2, ${CI_PLAN_PATHS.outDir})
  merge-timings   merge the shards' durations into the timings file
    --previous, --reports, --out   (default ${CI_PLAN_PATHS.timings}, ${CI_PLAN_PATHS.reports}, ${CI_PLAN_PATHS.timings})`;

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  target: { type: 'string' },
  timings: { type: 'string' },
  out: { type: 'string' },
  'jobs-per-batch': { type: 'string' },
  'max-batches': { type: 'string' },
  'job-minutes': { type: 'string' },
  shard: { type: 'string' },
  plan: { type: 'string' },
  parallel: { type: 'string' },
  previous: { type: 'string' },
  reports: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** The command and its fully specified options; every problem at once in one {@link UserError}. */
export function parseCliArgs(argv: readonly string[], env: CliEnvironment): CliCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`ci-plan: ${(error as Error).message}`, CLI_USAGE);
  }
  const { values: v, positionals } = parsed;
  const command = positionals[0];
  if (v.help || command === undefined || command === 'help') return { command: 'help' };
  const problems: string[] = [];
  const number = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) problems.push(`--${name} must be a number; received "${raw}"`);
    return value;
  };
  let result: CliCommand;
  if (command === 'plan') {
    const limits = {
      jobsPerBatch: number('jobs-per-batch', v['jobs-per-batch'], DEFAULT_PLAN_LIMITS.jobsPerBatch),
      maxBatches: number('max-batches', v['max-batches'], DEFAULT_PLAN_LIMITS.maxBatches),
      jobSeconds: number('job-minutes', v['job-minutes'], DEFAULT_PLAN_LIMITS.jobSeconds / 60) * 60,
    };
    if (problems.length === 0) problems.push(...checkPlanLimits(limits));
    result = {
      command,
      base: v.base ?? env.NX_BASE ?? env.defaultBase ?? 'main',
      head: v.head ?? env.NX_HEAD ?? 'HEAD',
      target: v.target ?? 'ci',
      timingsFile: v.timings ?? CI_PLAN_PATHS.timings,
      outDir: v.out ?? CI_PLAN_PATHS.outDir,
      limits,
    };
  } else if (command === 'run') {
    const rawShard = v.shard ?? env.DD_CI_SHARD;
    if (rawShard === undefined) problems.push('the shard to run is missing: pass --shard=<n> or set DD_CI_SHARD');
    const shard = number('shard', rawShard, 0);
    if (rawShard !== undefined && !(Number.isInteger(shard) && shard >= 1))
      problems.push(`the shard must be a whole number from 1; received "${rawShard}"`);
    const parallel = number('parallel', v.parallel, 2);
    if (!(Number.isInteger(parallel) && parallel >= 1))
      problems.push(`--parallel must be a whole number from 1; received "${v.parallel}"`);
    result = {
      command,
      shard,
      parallel,
      planFile: v.plan ?? CI_PLAN_PATHS.plan,
      outDir: v.out ?? CI_PLAN_PATHS.outDir,
    };
  } else if (command === 'merge-timings') {
    result = {
      command,
      previousFile: v.previous ?? CI_PLAN_PATHS.timings,
      reportsDir: v.reports ?? CI_PLAN_PATHS.reports,
      outFile: v.out ?? CI_PLAN_PATHS.timings,
    };
  } else {
    throw new UserError(`ci-plan: unknown command "${command}": expected plan, run or merge-timings.`, CLI_USAGE);
  }
  if (problems.length > 0) throw new UserError(`ci-plan ${command}: ${[...new Set(problems)].join('; ')}.`, CLI_USAGE);
  return result;
}

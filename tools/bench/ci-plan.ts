/**
 * The CI plan at the scale of Datadog's integrations-core, simulated: no workspace, no runner.
 *
 *   node -r @swc-node/register tools/bench/ci-plan.ts
 *
 * Synthetic workspaces of 300 and 1,000 integrations (1-5 flavors each, seeded skewed durations:
 * lint 20-60 s, flavors lognormal 60-900 s, package 15-40 s, setup 20-90 s once per job), and a
 * change affecting 10%, 50% or 100% of them. For each: the plan's jobs and batches and the
 * largest matrix (goal: at most 256), the longest job over the mean job under the recorded
 * durations (goal: within 1.3), the same plan made without recorded durations (defaults only)
 * and the previous workflow (the affected projects round-robin over 4 shards), both judged on the
 * real durations, and the planning time (median of 5).
 */
import { performance } from 'node:perf_hooks';
import type { CiTask } from '@dd/plugin/src/ci-plan/ci-task';
import { DEFAULT_PLAN_LIMITS, GITHUB_MATRIX_LIMIT } from '@dd/plugin/src/ci-plan/plan-limits';
import { planTasks, type CiPlan } from '@dd/plugin/src/ci-plan/plan-tasks';
import { affectedIntegrations, jobSeconds, syntheticWorkspace } from './lib/synthetic-ci-workspace';

const BALANCE_GOAL = 1.3;

function balanceOf(times: readonly number[]): number {
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return Math.max(...times) / mean;
}

/** The jobs' real durations. */
function realTimes(plan: CiPlan, durations: ReadonlyMap<string, number>): number[] {
  return plan.jobs.map((job) => jobSeconds(job.tasks, durations));
}

/** The previous workflow: the affected projects, sorted, dealt round-robin into 4 shards. */
function roundRobinWall(
  projects: readonly { name: string; tasks: CiTask[] }[],
  durations: ReadonlyMap<string, number>,
) {
  const shards: CiTask[][] = [[], [], [], []];
  [...projects].sort((a, b) => (a.name < b.name ? -1 : 1)).forEach((p, i) => shards[i % 4]!.push(...p.tasks));
  return Math.max(...shards.map((tasks) => jobSeconds(tasks, durations)));
}

function medianMs(runs: number, fn: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const minutes = (s: number) => `${(s / 60).toFixed(1)} min`;
const hours = (s: number) => `${(s / 3600).toFixed(1)} h`;

function main(): number {
  const limits = DEFAULT_PLAN_LIMITS;
  const header = [
    'integrations',
    'affected',
    'tasks',
    'work',
    'jobs',
    'batches',
    'max matrix',
    'longest job',
    'max/mean',
    'max/mean, defaults only',
    'old 4 shards: wall',
    'planning',
  ];
  const rows: string[][] = [];
  let unmet = 0;
  for (const count of [300, 1000]) {
    const ws = syntheticWorkspace(count, count);
    for (const fraction of [0.1, 0.5, 1]) {
      const affected = affectedIntegrations(ws.integrations, fraction, count + fraction * 100);
      const tasks = affected.flatMap((i) => i.tasks);
      const recorded = ws.durations;
      let plan = planTasks(tasks, recorded, limits);
      const ms = medianMs(5, () => {
        plan = planTasks(tasks, recorded, limits);
      });
      const times = realTimes(plan, recorded);
      const blind = realTimes(planTasks(tasks, new Map(), limits), recorded);
      const largest = Math.max(...plan.batches.map((b) => b.length));
      const balance = balanceOf(times);
      if (largest > GITHUB_MATRIX_LIMIT || balance > BALANCE_GOAL) unmet++;
      rows.push([
        String(count),
        `${fraction * 100}% (${affected.length})`,
        String(tasks.length),
        hours(times.reduce((a, b) => a + b, 0)),
        String(plan.jobs.length),
        String(plan.batches.length),
        `${largest}${largest > GITHUB_MATRIX_LIMIT ? ' NOT met' : ''}`,
        minutes(Math.max(...times)),
        `${balance.toFixed(2)}${balance > BALANCE_GOAL ? ' NOT met' : ''}`,
        balanceOf(blind).toFixed(2),
        hours(roundRobinWall(affected, recorded)),
        `${ms.toFixed(0)} ms`,
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nCI plan, simulated (limits: ${limits.jobsPerBatch} jobs per matrix, ${limits.maxBatches} batches, ${limits.jobSeconds / 60} min of work per job; goals: every matrix <= ${GITHUB_MATRIX_LIMIT} jobs, longest job <= ${BALANCE_GOAL} x the mean)\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nJob times are the real (recorded) durations of each job's tasks plus each setup once. "defaults only": the same tasks planned without recorded durations. ${unmet === 0 ? 'Every goal met.' : `${unmet} scenario(s) miss a goal.`}`,
  );
  return unmet === 0 ? 0 : 1;
}

process.exitCode = main();

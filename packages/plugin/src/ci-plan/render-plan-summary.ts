import { codeSpan, escapeMarkdown, formatSeconds } from './markdown';
import type { PlanFile } from './plan-file';
import { planBalance } from './plan-tasks';

/** Rows and names the summary shows before it points at the plan artifact (GitHub keeps 1 MiB of it). */
const MAX_ROWS = 300;
const MAX_NAMES = 8;
const MAX_REASONS = 100;

function short(sha: string): string {
  return /^[0-9a-f]{40}$/.test(sha) ? sha.slice(0, 10) : sha;
}

/**
 * The plan as Markdown for the job summary (`$GITHUB_STEP_SUMMARY`): a headline, one row per job
 * (batch, estimate, tasks) and why each task is planned. An empty plan is one line.
 */
export function renderPlanSummary(plan: PlanFile): string {
  const change = `${codeSpan(short(plan.base))}..${codeSpan(short(plan.head))}`;
  const tasks = plan.jobs.flatMap((j) => j.tasks);
  if (tasks.length === 0)
    return `**CI plan**: nothing to run, no task of ${codeSpan(plan.target)} is affected by ${change}.\n`;
  const longest = Math.max(...plan.jobs.map((j) => j.seconds));
  const recorded = tasks.filter((t) => t.recorded).length;
  const lines = [
    `### CI plan: ${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'} in ${plan.jobs.length} ${plan.jobs.length === 1 ? 'job' : 'jobs'}, ${plan.batches.length} ${plan.batches.length === 1 ? 'batch' : 'batches'}`,
    '',
    [
      `Change ${change}`,
      `estimated work ${formatSeconds(plan.totalSeconds)}`,
      `longest job ${formatSeconds(longest)}`,
      `balance (longest / mean job) ${planBalance(plan.jobs).toFixed(2)}`,
      `${recorded} of ${tasks.length} durations recorded, the others estimated`,
      `planned in ${(plan.planningMs / 1000).toFixed(1)} s`,
    ].join(' · '),
    '',
    ...plan.notices.map((n) => `> **${n.severity}** ${codeSpan(n.ruleId)}: ${escapeMarkdown(n.message)}`),
    ...(plan.notices.length > 0 ? [''] : []),
    '| job | batch | estimate | tasks |',
    '| ---: | ---: | ---: | --- |',
    ...plan.jobs.slice(0, MAX_ROWS).map((job) => {
      const names = job.tasks.slice(0, MAX_NAMES).map((t) => codeSpan(t.id));
      const more = job.tasks.length > MAX_NAMES ? ` and ${job.tasks.length - MAX_NAMES} more` : '';
      return `| ${job.shard} | ${job.batch} | ${formatSeconds(job.seconds)} | ${names.join(', ')}${more} |`;
    }),
    ...(plan.jobs.length > MAX_ROWS ? ['', `${plan.jobs.length - MAX_ROWS} more jobs: see the plan artifact.`] : []),
    '',
    '<details><summary>Why each task is planned</summary>',
    '',
    ...[...tasks]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, MAX_REASONS)
      .map((t) => `- ${codeSpan(t.id)}: ${escapeMarkdown(plan.reasons[t.id] ?? 'affected')}`),
    ...(tasks.length > MAX_REASONS ? [`- and ${tasks.length - MAX_REASONS} more: see the plan artifact`] : []),
    '',
    '</details>',
    '',
  ];
  return lines.join('\n');
}

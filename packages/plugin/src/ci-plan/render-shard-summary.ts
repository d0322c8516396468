import type { TaskDurations } from './ci-task';
import { codeSpan, formatSeconds } from './markdown';
import type { PlannedJob } from './plan-tasks';

/** What one matrix job ran, for its job summary: each task's estimate and measured duration. */
export function renderShardSummary(job: PlannedJob, measured: TaskDurations, failedInvocations: number): string {
  const took = job.tasks.reduce((sum, t) => sum + (measured.get(t.id) ?? 0), 0);
  return [
    `### Shard ${job.shard} (batch ${job.batch}): ${job.tasks.length} ${job.tasks.length === 1 ? 'task' : 'tasks'}, estimated ${formatSeconds(job.seconds)}, tasks took ${formatSeconds(took)}${failedInvocations > 0 ? `, ${failedInvocations} nx ${failedInvocations === 1 ? 'run' : 'runs'} failed` : ''}`,
    '',
    '| task | estimate | took |',
    '| --- | ---: | ---: |',
    ...job.tasks.map((t) => {
      const seconds = measured.get(t.id);
      return `| ${codeSpan(t.id)} | ${formatSeconds(t.seconds)}${t.recorded ? '' : ' (default)'} | ${seconds === undefined ? 'not measured (cache hit, failed or not run)' : formatSeconds(seconds)} |`;
    }),
    '',
  ].join('\n');
}

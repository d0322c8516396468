import { join, relative } from 'node:path';
import { describeCommand, runProcess } from '../../adapters/run-process';
import { appendIfNamed, readOptionalText, writeText } from '../adapters/files';
import { parseNxProfile } from '../parse-nx-profile';
import { readShard } from '../plan-file';
import { renderShardSummary } from '../render-shard-summary';
import { shardInvocations } from '../shard-invocations';
import { mergeTimings, renderTimings } from '../timings';

export interface RunCommandOptions {
  workspaceRoot: string;
  planFile: string;
  shard: number;
  /** Tasks run at once by each `nx` invocation. */
  parallel: number;
  /** Where the measured durations go: `<outDir>/timings/shard-<n>.json`. */
  outDir: string;
  /** How to start nx: an executable and the arguments before nx's own. */
  nx: { file: string; args: readonly string[] };
  githubSummary?: string;
  log(line: string): void;
}

/**
 * `run`: runs the tasks of one shard of the plan with nx, each `nx` invocation writing Nx's task
 * profile (`NX_PROFILE`), and keeps the durations of the tasks that ran and succeeded for the next
 * plan. Every invocation runs even when one fails; the exit code is 1 when any failed.
 */
export async function runShardCommand(o: RunCommandOptions): Promise<number> {
  const { job } = readShard(readOptionalText(o.planFile), o.planFile, o.shard);
  const measured: Map<string, number>[] = [];
  let failed = 0;
  for (const [i, invocation] of shardInvocations(job.tasks, { parallel: o.parallel }).entries()) {
    // Nx writes the profile relative to its working directory.
    const profile = relative(o.workspaceRoot, join(o.outDir, 'profiles', `shard-${o.shard}-${i + 1}.json`));
    const command = { file: o.nx.file, args: [...o.nx.args, ...invocation.args] };
    o.log(`\n> ${describeCommand({ file: 'nx', args: invocation.args })}`);
    const result = await runProcess({ ...command, cwd: o.workspaceRoot, env: { NX_PROFILE: profile }, stream: true });
    if (result.exitCode !== 0) failed++;
    measured.push(parseNxProfile(readOptionalText(join(o.workspaceRoot, profile)) ?? '[]'));
  }
  const durations = mergeTimings(new Map(), measured);
  writeText(join(o.outDir, 'timings', `shard-${o.shard}.json`), renderTimings(durations));
  const summary = renderShardSummary(job, durations, failed);
  o.log(`\n${summary}`);
  appendIfNamed(o.githubSummary, summary);
  return failed > 0 ? 1 : 0;
}

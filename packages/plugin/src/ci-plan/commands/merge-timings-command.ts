import { appendIfNamed, listJsonFiles, readOptionalText, writeText } from '../adapters/files';
import { renderGithubAnnotation } from '../github-commands';
import { mergeTimings, parseTimings, renderTimings } from '../timings';

export interface MergeTimingsOptions {
  /** The durations the plan used (may be missing or corrupt: then only the new ones are kept). */
  previousFile: string;
  /** The folder of the shards' timings files. */
  reportsDir: string;
  outFile: string;
  githubSummary?: string;
  log(line: string): void;
}

/** `merge-timings`: the previous durations updated with every shard's measurements, for the next plan. */
export function runMergeTimingsCommand(o: MergeTimingsOptions): void {
  const previous = parseTimings(readOptionalText(o.previousFile), o.previousFile);
  const reports = listJsonFiles(o.reportsDir).map((file) => parseTimings(readOptionalText(file), file));
  for (const notice of [...previous.notices, ...reports.flatMap((r) => r.notices)])
    if (notice.ruleId !== 'timings/missing') o.log(renderGithubAnnotation(notice));
  const merged = mergeTimings(
    previous.durations,
    reports.map((r) => r.durations),
  );
  writeText(o.outFile, renderTimings(merged));
  const measured = reports.reduce((sum, r) => sum + r.durations.size, 0);
  const line = `Recorded ${measured} task durations from ${reports.length} shards; ${merged.size} known in ${o.outFile}.`;
  o.log(line);
  appendIfNamed(o.githubSummary, `${line}\n`);
}

import type { PlanNotice, TaskDurations } from './ci-task';

/** The `format` of a timings file; another value is read as no timings, with a notice. */
export const TIMINGS_FORMAT = 'dd-ci-timings/1';

/** The durations a timings file holds, and what was wrong with it. */
export interface ReadTimings {
  durations: Map<string, number>;
  notices: PlanNotice[];
}

const DEFAULTS_HINT =
  'nothing to do: the plan uses default durations this time, and the next successful run records real ones';

/**
 * Reads a timings file (`{"format": "dd-ci-timings/1", "seconds": {"<task id>": 12.5}}`). Never
 * throws: a missing file, a file that is not JSON or not of this format gives no durations and a
 * notice; entries that are not a duration are left out, with one notice counting them.
 */
export function parseTimings(text: string | undefined, source: string): ReadTimings {
  if (text === undefined)
    return notice('timings/missing', `No recorded task durations at ${source} (a first run, or the cache expired).`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return notice('timings/corrupt', `${source} is not JSON (${(error as Error).message}); its durations are ignored.`);
  }
  const record = json as { format?: unknown; seconds?: unknown } | null;
  if (typeof record !== 'object' || record === null || record.format !== TIMINGS_FORMAT) {
    return notice(
      'timings/corrupt',
      `${source} is not a timings file: expected {"format": "${TIMINGS_FORMAT}", "seconds": {...}}; its durations are ignored.`,
    );
  }
  const entries = typeof record.seconds === 'object' && record.seconds !== null ? Object.entries(record.seconds) : [];
  const durations = new Map<string, number>();
  let rejected = 0;
  for (const [id, seconds] of entries) {
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 && id.includes(':'))
      durations.set(id, seconds);
    else rejected++;
  }
  const notices: PlanNotice[] =
    rejected === 0
      ? []
      : [
          {
            ruleId: 'timings/bad-entry',
            severity: 'notice',
            message: `${source}: ${rejected} of ${entries.length} entries are not a task id with a duration in seconds (a number, 0 or more); they are ignored.`,
          },
        ];
  return { durations, notices };
}

function notice(ruleId: string, message: string): ReadTimings {
  return { durations: new Map(), notices: [{ ruleId, severity: 'notice', message, hint: DEFAULTS_HINT }] };
}

/** A timings file's text, task ids sorted, durations rounded to 0.1 s. */
export function renderTimings(durations: TaskDurations): string {
  const seconds = Object.fromEntries(
    [...durations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, s]) => [id, Math.round(s * 10) / 10]),
  );
  return `${JSON.stringify({ format: TIMINGS_FORMAT, seconds }, null, 1)}\n`;
}

/**
 * The durations to plan the next run with: the previous ones, each replaced by the newest
 * measurement where a report has one (tasks this run did not execute keep their old duration).
 */
export function mergeTimings(previous: TaskDurations, reports: readonly TaskDurations[]): Map<string, number> {
  const merged = new Map(previous);
  for (const report of reports) for (const [id, seconds] of report) merged.set(id, seconds);
  return merged;
}

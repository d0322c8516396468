import type { TestCounts } from './junit-counts';

export interface FlavorRunRow {
  project: string;
  flavor: string;
  /** Nx's task status: success, failure, local-cache, remote-cache, skipped, … */
  status: string;
  durationMs?: number;
  counts?: TestCounts;
}

function result(status: string): string {
  if (status === 'success') return 'passed';
  if (status === 'failure') return 'FAILED';
  if (status.includes('cache')) return 'passed (cache)';
  return status;
}

/** The table printed after a run of flavored tests: flavor, result, duration, tests passed/failed. */
export function renderFlavorSummary(rows: readonly FlavorRunRow[]): string {
  const header = ['project', 'flavor', 'result', 'duration', 'passed', 'failed', 'skipped'];
  const body = rows.map((r) => [
    r.project,
    r.flavor,
    result(r.status),
    r.durationMs === undefined ? '-' : `${(r.durationMs / 1000).toFixed(1)} s`,
    r.counts ? String(r.counts.passed) : '-',
    r.counts ? String(r.counts.failed) : '-',
    r.counts ? String(r.counts.skipped) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return ['Flavors', line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

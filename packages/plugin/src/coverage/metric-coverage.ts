/** What the pytest plugin recorded: metric names the tests submitted and asserted. */
export interface RecordedMetrics {
  asserted: string[];
  submitted: string[];
}

export interface MetricCoverage {
  /** metadata.csv metrics that some test asserted. */
  covered: string[];
  /** metadata.csv metrics that no test asserted. */
  uncovered: string[];
  /** Metrics the tests asserted that metadata.csv does not declare. */
  undeclared: string[];
  /** Share of metadata.csv metrics asserted, 0..100 (100 when metadata.csv is empty). */
  percent: number;
}

/** Compares the metrics declared in metadata.csv with those the tests asserted. */
export function computeMetricCoverage(declared: readonly string[], recorded: RecordedMetrics): MetricCoverage {
  const asserted = new Set(recorded.asserted);
  const declaredSet = new Set(declared);
  const unique = [...declaredSet];
  const covered = unique.filter((m) => asserted.has(m));
  const uncovered = unique.filter((m) => !asserted.has(m));
  const undeclared = [...asserted].filter((m) => !declaredSet.has(m)).sort();
  const percent = unique.length === 0 ? 100 : Math.round((covered.length / unique.length) * 1000) / 10;
  return { covered, uncovered, undeclared, percent };
}

/** Beyond this many metrics, the full report lists only the ones that need attention. */
export const LISTED_METRICS_LIMIT = 20;

/** The one-line coverage of a run: `Metric coverage for redis (flavor 7.0): 14/14 ...`. */
export function renderCoverageLine(project: string, coverage: MetricCoverage): string {
  const total = coverage.covered.length + coverage.uncovered.length;
  const unknown =
    coverage.undeclared.length > 0 ? `; ${coverage.undeclared.length} asserted but missing from metadata.csv` : '';
  return `Metric coverage for ${project}: ${coverage.covered.length}/${total} metrics of metadata.csv asserted (${coverage.percent}%)${unknown}`;
}

/**
 * The coverage line and a line per metric with its state. Past {@link LISTED_METRICS_LIMIT}
 * metrics, the asserted ones are counted rather than listed: what is left is what to act on.
 */
export function renderMetricCoverage(project: string, coverage: MetricCoverage): string {
  const lines = [renderCoverageLine(project, coverage)];
  const listed = coverage.covered.length + coverage.uncovered.length + coverage.undeclared.length;
  if (listed <= LISTED_METRICS_LIMIT) {
    for (const metric of coverage.covered) lines.push(`  [x] ${metric}`);
  } else if (coverage.covered.length > 0) {
    lines.push(`  [x] ${coverage.covered.length} asserted metrics (not listed)`);
  }
  for (const metric of coverage.uncovered) lines.push(`  [ ] ${metric}   (not asserted by any test)`);
  for (const metric of coverage.undeclared) {
    lines.push(`  [!] ${metric}   (asserted by a test but missing from metadata.csv)`);
  }
  return lines.join('\n');
}

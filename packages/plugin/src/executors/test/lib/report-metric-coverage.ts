import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeMetricCoverage,
  MetricCoverage,
  RecordedMetrics,
  renderCoverageLine,
  renderMetricCoverage,
} from '../../../coverage/metric-coverage';
import { readMetricNames } from '../../../metadata/read-metric-names';

/**
 * Reads metadata.csv and what the pytest plugin recorded, prints the coverage report and
 * returns it (undefined when nothing was recorded, e.g. pytest crashed before the end). A flavor's
 * run prints one line: the full list comes once, over all flavors, after the run.
 */
export function reportMetricCoverage(
  projectName: string,
  projectRoot: string,
  recordedPath: string,
  detail: 'line' | 'full',
): MetricCoverage | undefined {
  if (!existsSync(recordedPath)) return undefined;
  const recorded = JSON.parse(readFileSync(recordedPath, 'utf8')) as RecordedMetrics;
  const metadataPath = join(projectRoot, 'metadata.csv');
  const declared = existsSync(metadataPath) ? readMetricNames(readFileSync(metadataPath, 'utf8')) : [];
  const coverage = computeMetricCoverage(declared, recorded);
  console.log(
    `\n${detail === 'line' ? renderCoverageLine(projectName, coverage) : renderMetricCoverage(projectName, coverage)}\n`,
  );
  return coverage;
}

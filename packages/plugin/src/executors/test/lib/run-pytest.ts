import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../../adapters/run-process';
import { pluginRoot } from '../../../plugin-version';
import type { ProjectPaths } from '../../shared/executor-context';
import { buildPytestCommand, explainPytestExit, NO_TESTS_COLLECTED, testReportPaths } from './pytest-command';
import { reportMetricCoverage } from './report-metric-coverage';

export interface PytestRunOptions {
  /** Where junit.xml and metric-coverage.json go (emptied first). */
  reportDir: string;
  unit: boolean;
  pytestArgs: readonly string[];
  failOnUncoveredMetrics: boolean;
  /** Extra environment of the test process (the environment's endpoints). */
  env: Record<string, string>;
  /** The variables of hatch.toml's environment the tests run in, set first (the endpoints win). */
  hatchEnv: Record<string, string>;
  /** Label of the coverage report, e.g. `redis (flavor 7.0)`. */
  label: string;
  /** A flavor's run prints its coverage in one line; a plain run, the full report. */
  coverageDetail: 'line' | 'full';
}

/** Runs pytest once in the integration's virtualenv, prints the metric coverage, says whether it passed. */
export async function runPytest(paths: ProjectPaths, options: PytestRunOptions): Promise<boolean> {
  rmSync(options.reportDir, { recursive: true, force: true });
  mkdirSync(options.reportDir, { recursive: true });
  const command = buildPytestCommand({
    projectRoot: paths.projectRoot,
    venvDir: paths.venvDir,
    reportDir: options.reportDir,
    pluginPythonDir: join(pluginRoot(), 'python'),
    unit: options.unit,
    pytestArgs: options.pytestArgs,
    env: process.env,
    platform: process.platform,
  });
  // hatch.toml's variables first, as Datadog's tooling sets them; the environment's endpoints win
  const result = await runProcess({ ...command, env: { ...options.hatchEnv, ...command.env, ...options.env } });
  const coverage = reportMetricCoverage(
    options.label,
    paths.projectRoot,
    testReportPaths(options.reportDir).metrics,
    options.coverageDetail,
  );
  if (options.unit && result.exitCode === NO_TESTS_COLLECTED) {
    // an integration whose tests all need its environment: --unit has nothing to run, which is no failure
    console.log(`${options.label}: no tests marked unit, nothing to run.`);
    return true;
  }
  const problem = explainPytestExit(result.exitCode);
  if (problem) {
    console.error(`\n${options.label}: ${problem}.`);
    return false;
  }
  if (options.failOnUncoveredMetrics && coverage && coverage.uncovered.length > 0) {
    console.error(
      `${options.label}: ${coverage.uncovered.length} metric(s) of metadata.csv are not asserted by any test.`,
    );
    return false;
  }
  return true;
}

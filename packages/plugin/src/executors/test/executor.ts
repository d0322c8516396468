import type { ExecutorContext } from '@nx/devkit';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../../adapters/run-process';
import { UserError } from '../../errors/user-error';
import { pluginRoot } from '../../plugin-version';
import { venvPython } from '../../python/environment-plan';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { buildPytestCommand, explainPytestExit, testReportPaths } from './lib/pytest-command';
import { reportMetricCoverage } from './lib/report-metric-coverage';
import type { TestExecutorSchema } from './schema';

/** `nx test <integration>`: pytest in the integration's environment, then the metric coverage report. */
export default async function testExecutor(options: TestExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    if (!existsSync(venvPython(paths.venvDir, process.platform))) {
      throw new UserError(
        `${paths.projectName} has no Python environment at ${paths.venvDir}.`,
        `run \`nx run ${paths.projectName}:setup\` (nx test runs it first unless --exclude-task-dependencies is given)`,
      );
    }
    const reportDir = join(paths.outputRoot, 'test');
    rmSync(reportDir, { recursive: true, force: true });
    mkdirSync(reportDir, { recursive: true });
    const command = buildPytestCommand({
      projectRoot: paths.projectRoot,
      venvDir: paths.venvDir,
      reportDir,
      pluginPythonDir: join(pluginRoot(), 'python'),
      unit: options.unit ?? false,
      pytestArgs: options.pytestArgs ?? [],
      env: process.env,
      platform: process.platform,
    });
    const result = await runProcess(command);
    const coverage = reportMetricCoverage(paths.projectName, paths.projectRoot, testReportPaths(reportDir).metrics);
    const problem = explainPytestExit(result.exitCode);
    if (problem) {
      console.error(`\n${paths.projectName}: ${problem}.`);
      return false;
    }
    if (options.failOnUncoveredMetrics && coverage && coverage.uncovered.length > 0) {
      console.error(`${paths.projectName}: ${coverage.uncovered.length} metric(s) of metadata.csv are not asserted by any test.`);
      return false;
    }
    return true;
  });
}

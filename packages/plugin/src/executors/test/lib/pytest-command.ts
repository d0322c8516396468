import { join } from 'node:path';
import type { ProcessCommand } from '../../../commands/process-command';
import { venvPython } from '../../../python/virtualenv-plan';

export interface PytestCommandInput {
  projectRoot: string;
  venvDir: string;
  reportDir: string;
  pluginPythonDir: string;
  unit: boolean;
  pytestArgs: readonly string[];
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
}

/**
 * pytest plugins that datadog-checks-dev brings along but that act only when their own flag is
 * given. Loading ddtrace's costs about two seconds per run; they are left out unless asked for.
 */
export const DORMANT_PLUGINS = [
  { plugin: 'ddtrace', flag: '--ddtrace' },
  { plugin: 'memray', flag: '--memray' },
] as const;

export function dormantPluginArgs(pytestArgs: readonly string[]): string[] {
  return DORMANT_PLUGINS.filter(
    ({ flag }) => !pytestArgs.some((a) => a === flag || a.startsWith(`${flag}-`) || a.startsWith(`${flag}=`)),
  ).flatMap(({ plugin }) => ['-p', `no:${plugin}`]);
}

/** Where a test run leaves its reports. */
export function testReportPaths(reportDir: string) {
  return { junit: join(reportDir, 'junit.xml'), metrics: join(reportDir, 'metric-coverage.json') };
}

/** The pytest invocation of one test run, with the metric recorder loaded. */
export function buildPytestCommand(input: PytestCommandInput): ProcessCommand {
  const reports = testReportPaths(input.reportDir);
  const pythonPath = [input.pluginPythonDir, input.env.PYTHONPATH]
    .filter(Boolean)
    .join(input.platform === 'win32' ? ';' : ':');
  return {
    file: venvPython(input.venvDir, input.platform),
    args: [
      '-m',
      'pytest',
      '-p',
      'dd_metric_coverage',
      `--dd-metric-coverage=${reports.metrics}`,
      `--junitxml=${reports.junit}`,
      '--color=yes',
      // the header lists the interpreter and every plugin (pytest-benchmark's settings among them) on every run
      '--no-header',
      ...dormantPluginArgs(input.pytestArgs),
      ...(input.unit ? ['-m', 'unit'] : []),
      ...input.pytestArgs,
    ],
    cwd: input.projectRoot,
    env: { PYTHONPATH: pythonPath, PYTHONDONTWRITEBYTECODE: '1' },
    stream: true,
  };
}

/** pytest's exit code when no test matched (with `-m unit`: the integration has no unit tests). */
export const NO_TESTS_COLLECTED = 5;

/** pytest's exit codes that mean something to the user. */
export function explainPytestExit(exitCode: number): string | undefined {
  switch (exitCode) {
    case 0:
      return undefined;
    case 1:
      return 'some tests failed';
    case 2:
      return 'the test run was interrupted';
    case 3:
      return 'pytest hit an internal error';
    case 4:
      return 'pytest was called with bad arguments';
    case 5:
      return 'no tests were collected: add test_*.py files under tests/ (or check the -m / -k filters)';
    default:
      return `pytest exited with code ${exitCode}`;
  }
}

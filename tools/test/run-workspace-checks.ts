import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '@dd/plugin/src/adapters/run-process';
import type { JestTotals } from './render-summary';
import { readJestTotals } from './run-jest';

/** The workspace's own projects, whose lint, typecheck and test targets `npm test` runs. */
export const WORKSPACE_PROJECTS = ['plugin', 'plugin-e2e', 'tools'];
/** The projects with unit tests, and the JSON result each test target writes (a cached output). */
const UNIT_RESULTS = { plugin: 'plugin-unit.json', tools: 'tools-unit.json' };

export interface WorkspaceChecks {
  cwd: string;
  resultDir: string;
  /** Arguments for Jest (a file pattern, `-t ...`), passed to the test targets. */
  extraArgs: readonly string[];
  env: Record<string, string>;
}

async function nx(args: readonly string[], checks: WorkspaceChecks): Promise<boolean> {
  const nxBin = require.resolve('nx/bin/nx');
  const result = await runProcess({
    file: process.execPath,
    args: [nxBin, ...args],
    cwd: checks.cwd,
    env: checks.env,
    stream: true,
  });
  return result.exitCode === 0;
}

/**
 * `nx format:check --all`, then `nx run-many -t lint typecheck` and `nx run-many -t test` over the
 * workspace's own projects (cached by Nx like any task). Totals come from the test targets' JSON
 * results; a failed format, lint or type check counts as one failure each.
 */
export async function runWorkspaceChecks(checks: WorkspaceChecks): Promise<JestTotals> {
  const projects = `--projects=${WORKSPACE_PROJECTS.join(',')}`;
  const style = '--outputStyle=static';
  let checkFailures = 0;
  if (!(await nx(['format:check', '--all'], checks))) {
    console.error('Formatting differs from Prettier: run `npx nx format:write`, then commit.');
    checkFailures += 1;
  }
  if (!(await nx(['run-many', '-t', 'lint', 'typecheck', projects, style], checks))) checkFailures += 1;
  for (const file of Object.values(UNIT_RESULTS)) rmSync(join(checks.resultDir, file), { force: true });
  const testArgs = checks.extraArgs.length > 0 ? ['--', ...checks.extraArgs] : [];
  await nx(['run-many', '-t', 'test', `--projects=${Object.keys(UNIT_RESULTS).join(',')}`, style, ...testArgs], checks);
  const totals = Object.values(UNIT_RESULTS).map((file) => readJestTotals(join(checks.resultDir, file)));
  return {
    passed: totals.reduce((sum, t) => sum + t.passed, 0),
    failed: totals.reduce((sum, t) => sum + t.failed, 0) + checkFailures,
    failedSuites: totals.reduce((sum, t) => sum + t.failedSuites, 0),
  };
}

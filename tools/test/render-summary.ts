import { OPTIONAL_REQUIREMENTS, type Requirement } from './requirements';

/** A need the runner could not meet, and the test files left out because of it. */
export interface Skip {
  requirement: Requirement;
  reason: string;
  enable: string;
  files: string[];
}

export interface JestTotals {
  passed: number;
  failed: number;
  /** Test files that could not run at all (a syntax error, a throw at load). */
  failedSuites: number;
}

/** Whether a skip fails the run: under CI, unless the need is optional. */
export function skipFails(skip: Pick<Skip, 'requirement'>, ci: boolean): boolean {
  return ci && !OPTIONAL_REQUIREMENTS.includes(skip.requirement);
}

/** One line per skip: what was left out, why, and the command that enables it. */
export function renderSkipLine(skip: Skip, ci: boolean): string {
  const what = `${skip.files.length} ${skip.requirement} test file${skip.files.length === 1 ? '' : 's'}`;
  const verdict = skipFails(skip, ci) ? 'FAILED (CI=true requires them)' : 'skipped';
  return `${verdict}: ${what} (${skip.reason}); to run them: ${skip.enable}`;
}

/** The closing line: `N passed, N failed`, where a file that could not run counts as a failure. */
export function renderClosingLine(runs: readonly JestTotals[]): string {
  const passed = runs.reduce((sum, run) => sum + run.passed, 0);
  const failed = runs.reduce((sum, run) => sum + run.failed + run.failedSuites, 0);
  return `${passed} passed, ${failed} failed`;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessError } from '../../../adapters/run-process';
import { runRuffOnProjects } from '../../../adapters/ruff';
import type { Diagnostic } from '../../../lint/diagnostic';
import { venvExecutable } from '../../../python/environment-plan';

/**
 * Runs ruff once over every integration that has an environment, with the ruff of the first
 * such environment (all are made by `setup` from the same requirements). The map has an entry
 * for each root asked: undefined when the integration has no environment, so ruff did not run.
 */
export async function collectPythonFindings(projectRoots: readonly string[], workspaceRoot: string): Promise<Map<string, Diagnostic[] | undefined>> {
  const withVenv = projectRoots.filter((root) => existsSync(venvExecutable(join(root, '.venv'), 'ruff', process.platform)));
  let found = new Map<string, Diagnostic[]>();
  try {
    if (withVenv.length > 0) found = await runRuffOnProjects(venvExecutable(join(withVenv[0], '.venv'), 'ruff', process.platform), withVenv, workspaceRoot);
  } catch (error) {
    // ruff could not start or timed out: every integration says so, the file rules still run.
    if (!(error instanceof ProcessError)) throw error;
    const failure: Diagnostic = { ruleId: 'python/ruff-failed', severity: 'error', file: '.venv', line: 1, column: 1, message: `ruff could not run: ${error.message}`, hint: 'recreate the environment: nx run <project>:clean, then nx run <project>:setup' };
    found = new Map(withVenv.map((root) => [root, [failure]]));
  }
  return new Map(projectRoots.map((root) => [root, withVenv.includes(root) ? (found.get(root) ?? []) : undefined]));
}

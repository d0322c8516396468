import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
  const found = withVenv.length > 0 ? await runRuffOnProjects(venvExecutable(join(withVenv[0], '.venv'), 'ruff', process.platform), withVenv, workspaceRoot) : new Map<string, Diagnostic[]>();
  return new Map(projectRoots.map((root) => [root, withVenv.includes(root) ? (found.get(root) ?? []) : undefined]));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runRuffOnProjects } from '../../../adapters/ruff';
import type { Diagnostic } from '../../../lint/diagnostic';
import { venvExecutable } from '../../../python/environment-plan';

/**
 * Runs ruff once over every integration that has an environment, with the ruff of the first
 * such environment (all are made by `setup` from the same requirements). Integrations without
 * an environment get no Python findings; the map has an entry for each root asked.
 */
export async function collectPythonFindings(projectRoots: readonly string[], workspaceRoot: string): Promise<Map<string, Diagnostic[]>> {
  const withVenv = projectRoots.filter((root) => existsSync(venvExecutable(join(root, '.venv'), 'ruff', process.platform)));
  const found = withVenv.length > 0 ? await runRuffOnProjects(venvExecutable(join(withVenv[0], '.venv'), 'ruff', process.platform), withVenv, workspaceRoot) : new Map<string, Diagnostic[]>();
  return new Map(projectRoots.map((root) => [root, found.get(root) ?? []]));
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineEnvironmentService } from '../../../adapters/machine-environment-ports';
import { currentOwner } from '../../../adapters/process-owner';
import { describeCleanup, NOTHING_REMOVED, removedAny } from '../../../environments/cleanup-environment';
import { composeProjectName } from '../../../environments/compose-project';
import type { ProjectPaths } from '../../shared/executor-context';

/** Whether a test module starts services with datadog_checks.dev's docker_run (docker compose). */
export function startsComposeServices(testModules: readonly string[]): boolean {
  return testModules.some((text) => /\bdocker_run\s*\(/.test(text));
}

function readTestModules(projectRoot: string): string[] {
  const tests = join(projectRoot, 'tests');
  if (!existsSync(tests)) return [];
  return readdirSync(tests)
    .filter((name) => name.endsWith('.py'))
    .map((name) => readFileSync(join(tests, name), 'utf8'));
}

/**
 * Runs pytest with COMPOSE_PROJECT_NAME naming this process as the owner, when the tests start
 * docker compose services themselves (`docker_run` in a `dd_environment` fixture, as `ddev test`
 * runs them): what a killed run leaves is then swept by the next run, as the environments this
 * plugin starts are, and what the tests leave when pytest ends is removed at once. A name the
 * user set is left alone.
 */
export async function withOwnedComposeProject<T>(
  paths: ProjectPaths,
  what: string,
  body: (env: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (process.env.COMPOSE_PROJECT_NAME || !startsComposeServices(readTestModules(paths.projectRoot))) return body({});
  const project = composeProjectName(currentOwner(), `${paths.projectName}-${what}`);
  const environments = machineEnvironmentService(paths, { flavors: [], services: [], beforeScript: [] });
  // without an engine the tests say so themselves, in docker compose's words
  await environments.sweep().catch(() => NOTHING_REMOVED);
  try {
    return await body({ COMPOSE_PROJECT_NAME: project });
  } finally {
    const left = await environments.removeComposeProject(project).catch(() => NOTHING_REMOVED);
    if (removedAny(left))
      console.log(`removed what the tests' docker compose project ${project} left behind: ${describeCleanup(left)}`);
  }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineEnvironmentService } from '../../../adapters/machine-environment-ports';
import { runProcess } from '../../../adapters/run-process';
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

/** What to say when the machine has no docker compose v2, which the tests' fixtures call; undefined when it has. */
async function composeMissing(): Promise<string | undefined> {
  const probe = await runProcess({ file: 'docker', args: ['compose', 'version'], timeoutMs: 10_000 }).catch(
    (error: Error) => ({ exitCode: 127, stdout: '', stderr: error.message }),
  );
  if (probe.exitCode === 0) return undefined;
  const why = (probe.stderr || probe.stdout).trim().split('\n')[0];
  return (
    `warning: the tests start services with docker compose (docker_run in tests/), and \`docker compose version\` fails here (${why}): ` +
    "their integration tests will fail. Install docker compose v2: Docker's docker-compose-plugin package, or its binary as ~/.docker/cli-plugins/docker-compose"
  );
}

/**
 * Runs pytest with COMPOSE_PROJECT_NAME naming this process as the owner, when the tests start
 * docker compose services themselves (`docker_run` in a `dd_environment` fixture, as `ddev test`
 * runs them): what a killed run leaves is then swept by the next run, as the environments this
 * plugin starts are, and what the tests leave when pytest ends is removed at once. A machine
 * without docker compose is said so first (the plugin never installs it). A name the user set
 * is left alone.
 */
export async function withOwnedComposeProject<T>(
  paths: ProjectPaths,
  what: string,
  body: (env: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (process.env.COMPOSE_PROJECT_NAME || !startsComposeServices(readTestModules(paths.projectRoot))) return body({});
  const missing = await composeMissing();
  if (missing) console.log(missing);
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

import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '@dd/plugin/src/adapters/run-process';
import { lastLine } from '@dd/plugin/src/commands/last-line';
import { findGo } from '@dd/plugin/test-requirements';

/**
 * docker compose v2, which datadog-checks-dev's `docker_run` starts a test's services with
 * (`docker compose -f <file> up`). Debian 12 has only docker-compose 1.29, so the tests that
 * `@requires compose` get the CLI plugin built from its Go module, through Go's module proxy.
 */
export const COMPOSE = { module: 'github.com/docker/compose/v5', version: '5.6.0' } as const;

export type ComposePlan =
  { kind: 'ready'; env: Record<string, string>; how: string } | { kind: 'skip'; reason: string; enable: string };

const ENABLE = `install docker compose v2 (the docker-compose CLI plugin), or Go (go on the PATH, or DD_GO) to let npm test build ${COMPOSE.module}@v${COMPOSE.version}`;

async function composeAnswers(env: Record<string, string | undefined>): Promise<boolean> {
  const result = await runProcess({ file: 'docker', args: ['compose', 'version'], env, timeoutMs: 30_000 }).catch(
    () => undefined,
  );
  return result?.exitCode === 0;
}

/**
 * Makes `docker compose` answer for the end-to-end tests: the machine's own when it has one, else
 * the plugin built once into `<repo>/.dd/tools/docker-compose-<version>/cli-plugins/`, which the
 * tests see through DOCKER_CONFIG (the folder Docker reads its CLI plugins from). Nothing is
 * installed outside the repository.
 */
export async function provisionCompose(
  repoRoot: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<ComposePlan> {
  if (await composeAnswers({})) return { kind: 'ready', env: {}, how: 'docker compose answers' };
  if (env.DOCKER_CONFIG)
    return {
      kind: 'skip',
      reason: 'no docker compose v2, and DOCKER_CONFIG is set (npm test does not write into it)',
      enable: `put the docker-compose CLI plugin in ${env.DOCKER_CONFIG}/cli-plugins, or unset DOCKER_CONFIG`,
    };
  const go = findGo(env);
  if (!go) return { kind: 'skip', reason: 'no docker compose v2, and no Go toolchain to build it', enable: ENABLE };
  const config = join(repoRoot, '.dd', 'tools', `docker-compose-${COMPOSE.version}`);
  const plugin = join(config, 'cli-plugins', 'docker-compose');
  if (!existsSync(plugin)) {
    log(`building ${COMPOSE.module}@v${COMPOSE.version} with ${go} (a few minutes, once)...`);
    const problem = await buildCompose(go, config);
    if (problem) return { kind: 'skip', reason: `docker compose could not be built: ${problem}`, enable: ENABLE };
  }
  const ready = { DOCKER_CONFIG: config };
  if (!(await composeAnswers(ready)))
    return { kind: 'skip', reason: `${plugin} does not answer \`docker compose version\``, enable: ENABLE };
  return { kind: 'ready', env: ready, how: `docker compose ${COMPOSE.version} from ${plugin}` };
}

/** Downloads the module and builds its command into a scratch folder, renamed into `config` when done. */
async function buildCompose(go: string, config: string): Promise<string | undefined> {
  const download = await runProcess({
    file: go,
    args: ['mod', 'download', '-json', `${COMPOSE.module}@v${COMPOSE.version}`],
    env: { GOFLAGS: '-modcacherw' },
    timeoutMs: 10 * 60_000,
  });
  if (download.exitCode !== 0) return `go mod download failed: ${lastLine(download.stderr || download.stdout)}`;
  const dir = (JSON.parse(download.stdout) as { Dir?: string }).Dir;
  if (!dir) return 'go mod download named no folder';
  mkdirSync(join(config, '..'), { recursive: true });
  const scratch = mkdtempSync(`${config}-`);
  try {
    // `go install` refuses the module's go.mod (it has replace directives): build inside it instead.
    const build = await runProcess({
      file: go,
      args: [
        'build',
        '-trimpath',
        '-ldflags',
        `-s -w -X ${COMPOSE.module}/internal.Version=v${COMPOSE.version}`,
        '-o',
        join(scratch, 'cli-plugins', 'docker-compose'),
        './cmd',
      ],
      cwd: dir,
      env: { GOFLAGS: '-modcacherw' },
      timeoutMs: 20 * 60_000,
    });
    if (build.exitCode !== 0) return `go build failed: ${lastLine(build.stderr)}`;
    rmSync(config, { recursive: true, force: true });
    renameSync(scratch, config);
    return undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

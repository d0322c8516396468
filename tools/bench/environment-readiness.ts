/**
 * Time from `install` start to ready for the Redis example, per flavor, against a plain
 * `docker run` of the same image until `redis-cli ping` answers: the overhead of the
 * environment logic (sweep, network, labels, readiness conditions). Prints medians.
 *
 *   node -r @swc-node/register tools/bench/environment-readiness.ts [runs=3]
 *
 * "start -> ready" covers validation, the stale sweep, the image build (from cache), network,
 * container and readiness; "of which startEnvironment" leaves out validation and the sweep.
 * Needs a Docker daemon and the example's images (run `nx run redis:install --flavor=<f>` once).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { connectDockerEngine } from '@dd/plugin/src/adapters/docker-engine';
import { loadEnvFile } from '@dd/plugin/src/adapters/load-env-file';
import { machineEnvironmentPorts } from '@dd/plugin/src/adapters/machine-environment-ports';
import { createEnvironmentService } from '@dd/plugin/src/environments/environment-service';

const root = join(__dirname, '..', '..');
const integration = {
  workspaceRoot: root,
  projectName: 'redis',
  projectRoot: join(root, 'integrations', 'redis'),
  outputRoot: join(root, 'dist', 'integrations', 'redis'),
};
const FLAVORS = ['6.0', '7.0', '8.0'];

function docker(args: string[]): { status: number; stdout: string } {
  const result = spawnSync('docker', args, { encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: (result.stdout ?? '').trim() };
}

/** docker run -d, then redis-cli ping in the container until PONG; returns milliseconds. */
function plainDockerRun(image: string): number {
  const started = Date.now();
  const id = docker(['run', '-d', '--rm', '-p', '127.0.0.1::6379', image]).stdout;
  try {
    for (;;) {
      if (docker(['exec', id, 'redis-cli', 'ping']).stdout === 'PONG') return Date.now() - started;
      if (Date.now() - started > 60_000) throw new Error(`${image} did not answer PING within 60 s`);
    }
  } finally {
    docker(['rm', '-f', id]);
  }
}

/** The environment service's start (what install and the test runner call) until ready; milliseconds. */
async function ourInstall(flavor: string): Promise<{ total: number; ready: number }> {
  const started = Date.now();
  const environments = createEnvironmentService({
    integration,
    envFile: loadEnvFile(integration.projectRoot, integration.projectName),
    engine: connectDockerEngine(),
    ...machineEnvironmentPorts(integration.projectRoot),
    log: () => undefined,
  });
  const env = await environments.start({ flavor, keep: false });
  const total = Date.now() - started;
  await environments.cleanup(env);
  return { total, ready: env.running?.readyAfterMs ?? 0 };
}

function nxInstall(flavor: string): number {
  const started = Date.now();
  const run = spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['run', 'redis:install', `--flavor=${flavor}`], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  const ms = Date.now() - started;
  if (run.status !== 0) throw new Error(`nx run redis:install --flavor=${flavor} failed:\n${run.stdout}${run.stderr}`);
  spawnSync(join(root, 'node_modules', '.bin', 'nx'), ['run', 'redis:cleanup', `--flavor=${flavor}`], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(runs: number) {
  console.log(`Redis example, median of ${runs} runs per flavor (images already built)\n`);
  console.log(
    'flavor  docker run -> PONG  start -> ready (in-process)  of which startEnvironment  nx run install (CLI)  overhead vs docker run',
  );
  for (const flavor of FLAVORS) {
    const image = `dd-plugin/redis-redis:${flavor}`;
    await ourInstall(flavor); // warm-up: builds the image from cache, loads modules
    const plain: number[] = [];
    const ours: number[] = [];
    const ready: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      plain.push(plainDockerRun(image));
      const result = await ourInstall(flavor);
      ours.push(result.total);
      ready.push(result.ready);
      cli.push(nxInstall(flavor));
    }
    const ratio = median(ours) / median(plain);
    console.log(
      `${flavor.padEnd(6)}  ${s(median(plain)).padStart(18)}  ${s(median(ours)).padStart(27)}  ${s(median(ready)).padStart(25)}  ${s(median(cli)).padStart(20)}  ${ratio.toFixed(2)}x`,
    );
  }
}

main(Number(process.argv[2] ?? 3)).catch((error) => {
  console.error(error);
  process.exit(1);
});

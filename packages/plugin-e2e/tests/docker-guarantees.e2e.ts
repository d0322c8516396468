/** @requires docker: a Docker engine (npm test starts one as root; see tools/test/run-tests.ts). */
import { copyRedisExample, objectsOf, spawnNx, waitFor, writeEnvYaml } from '../src/docker';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';
import { isProcessAlive } from '@dd/plugin/src/adapters/process-owner';

const redisService = (ready: string, extra = '', serviceExtra = '') => `flavors:
  "7.0":
    variables: { suite: bookworm }
services:
  redis:
    build:
      context: ci/docker
      args: { SUITE: "\${suite}" }
    ports: [6379]${serviceExtra}
    ready:
${ready}
${extra}`;

/** A Redis whose readiness never holds: the run stays in its wait until a signal arrives. */
const NEVER_READY = redisService('      - log: This line never appears\n        timeout: 300');

/**
 * What the environments promise, on the real engine: explained failures, cleanup on failure and
 * on signals, and a sweep of what a SIGKILLed run left behind.
 */
describe('Docker environment guarantees', () => {
  let ws: TestWorkspace;
  let guard: string;

  beforeAll(() => {
    ws = createTestWorkspace('docker-guarantees');
    copyRedisExample(ws);
    guard = copyRedisExample(ws, 'guard');
  });
  afterAll(() => {
    ws?.nx(['run', 'guard:cleanup', '--all']);
    ws?.dispose();
  });
  afterEach(async () => {
    expect(await objectsOf(ws.root)).toEqual([]);
  });

  const expectExplained = (output: string) => expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);

  it('explains that no daemon answers, naming DOCKER_HOST and how to start one', () => {
    const run = ws.nx(['run', 'guard:install'], { DOCKER_HOST: 'unix:///tmp/dd-e2e-no-daemon.sock' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('No Docker daemon answers at DOCKER_HOST=unix:///tmp/dd-e2e-no-daemon.sock');
    expect(run.output).toMatch(/How to fix: start one: .*dockerd/);
    expectExplained(run.output);
  });

  it('points at the line of an invalid ci/env.yaml before touching Docker', () => {
    writeEnvYaml(guard, 'services:\n  redis:\n    image: redis\n    ports: [6379]\n    ready:\n      - tcp: 6380\n');
    const run = ws.nx(['run', 'guard:install']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'guard/ci/env.yaml:6:1  service `redis`: the tcp condition probes port 6380, which is not in `ports`',
    );
    expectExplained(run.output);
  });

  it('explains an image that is missing when no registry answers, and leaves nothing', () => {
    writeEnvYaml(guard, 'services:\n  app:\n    image: dd-e2e/not-here:1\n    ready: [{ log: x }]\n');
    const run = ws.nx(['run', 'guard:install']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Image dd-e2e/not-here:1 is not on this machine and cannot be pulled');
    expect(run.output).toContain('How to fix: no registry answers');
    expectExplained(run.output);
  });

  it('explains a readiness timeout with the condition, its line and the service log, and removes the environment', () => {
    // With a named volume, which must go too (afterEach checks that nothing is left).
    writeEnvYaml(
      guard,
      redisService('      - log: This line never appears\n        timeout: 3', '', '\n    volumes: ["data:/data"]'),
    );
    const run = ws.nx(['run', 'guard:install']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'guard (flavor 7.0) service `redis` was not ready after 3 s: log line matching /This line never appears/ (ci/env.yaml:12)',
    );
    expect(run.output).toContain('Last 50 lines of its log:');
    expect(run.output).toMatch(/\| .*Ready to accept connections/);
    expectExplained(run.output);
  });

  it('fails a before_script step with its exit code and output', () => {
    // The readiness here also exercises a command run inside the container.
    writeEnvYaml(
      guard,
      redisService(
        '      - tcp: 6379\n      - command: [redis-cli, ping]',
        'before_script:\n  - service: redis\n    command: [sh, -c, "echo no such table >&2; exit 3"]\n',
      ),
    );
    ws.nxOk(['run', 'guard:install']);
    const run = ws.nx(['run', 'guard:before-script']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'before_script step at ci/env.yaml:14 (in redis: sh -c echo no such table >&2; exit 3) exited with code 3.',
    );
    expect(run.output).toContain('no such table');
    ws.nxOk(['run', 'guard:cleanup']);
  });

  /** Starts an install that never becomes ready and waits until its container runs. */
  async function startHangingInstall() {
    writeEnvYaml(guard, NEVER_READY);
    const run = spawnNx(ws, ['run', 'guard:install']);
    const container = await waitFor('the container of the hanging install', async () =>
      (await objectsOf(ws.root, 'guard')).find((o) => o.kind === 'container'),
    );
    return { ...run, ownerPid: Number(container.labels['dev.dd-plugin.owner-pid']) };
  }

  it('removes everything on Ctrl-C (SIGINT to the whole run)', async () => {
    const run = await startHangingInstall();
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.exited).not.toBe(0);
    // The nx CLI exits at once on Ctrl-C; the executor process, which got the signal too,
    // removes the environment and then exits.
    await waitFor(
      'the environment to be removed',
      async () => ((await objectsOf(ws.root)).length === 0 ? true : undefined),
      30_000,
    );
    await waitFor('the owner to exit', async () => (isProcessAlive(run.ownerPid, '') ? undefined : true), 30_000);
  });

  it('removes everything on SIGTERM to the process that owns the environment', async () => {
    const run = await startHangingInstall();
    process.kill(run.ownerPid, 'SIGTERM');
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toContain('received SIGTERM');
    expect(await objectsOf(ws.root)).toEqual([]);
  });

  it('after a SIGKILL, the next cleanup of any integration sweeps what the run left', async () => {
    const run = await startHangingInstall();
    process.kill(-run.child.pid!, 'SIGKILL');
    await run.exited;
    await waitFor('the owner to be gone', async () => (isProcessAlive(run.ownerPid, '') ? undefined : true));
    const left = await objectsOf(ws.root, 'guard');
    expect(left.map((o) => o.kind).sort()).toEqual(['container', 'network']);
    const cleanup = ws.nxOk(['run', 'redis:cleanup']);
    expect(cleanup.output).toContain(
      'swept environments left by runs that ended without cleaning up: 1 container, 1 network',
    );
    expect(await objectsOf(ws.root)).toEqual([]);
  });
});

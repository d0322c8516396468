/** @requires docker: a Docker engine (npm test starts one as root; see tools/test/run-tests.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRedisExample, objectsOf, redisCommand, redisInfo } from '../src/docker';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * The Redis example on the real engine: each flavor installed side by side, set up by its
 * before_script, then removed, leaving nothing.
 */
describe('install, before-script and cleanup of the Redis example on Docker', () => {
  let ws: TestWorkspace;
  const flavors = [
    ['6.0', 'bullseye', /^6\.0\./],
    ['7.0', 'bookworm', /^7\.0\./],
    ['8.0', 'trixie', /^8\.0\./],
  ] as const;
  const statePath = (flavor: string) =>
    join(ws.root, 'dist', 'integrations', 'redis', 'environments', `${flavor}.json`);
  const state = (flavor: string) => JSON.parse(readFileSync(statePath(flavor), 'utf8'));

  beforeAll(() => {
    ws = createTestWorkspace('docker-env');
    copyRedisExample(ws);
  });
  afterAll(async () => {
    ws?.nx(['run', 'redis:cleanup', '--all']);
    ws?.dispose();
  });

  it('infers install, before-script and cleanup targets', () => {
    const shown = JSON.parse(ws.nxOk(['show', 'project', 'redis', '--json']).stdout);
    expect(shown.targets.install.executor).toBe('@dd/plugin:install');
    expect(shown.targets['before-script'].executor).toBe('@dd/plugin:before-script');
    expect(shown.targets.cleanup.executor).toBe('@dd/plugin:cleanup');
  });

  it.each(flavors)(
    'installs flavor %s (Debian %s) and prints its endpoint and test variables',
    async (flavor, suite) => {
      const run = ws.nxOk(['run', 'redis:install', `--flavor=${flavor}`]);
      const port = state(flavor).endpoints[0].hostPort as number;
      expect(run.output).toContain(`redis (flavor ${flavor}) is ready after`);
      expect(run.output).toMatch(new RegExp(`redis\\s+6379\\s+127\\.0\\.0\\.1:${port}`));
      expect(run.output).toContain(`DD_ENV_REDIS_PORT_6379=${port}`);
      expect(run.output).toContain(`DD_ENV_VAR_SUITE=${suite}`);
      expect(await redisCommand(port, 'PING')).toBe('+PONG');
    },
  );

  it('runs the three flavors side by side: three real Redis majors on three loopback ports', async () => {
    const containers = (await objectsOf(ws.root, 'redis')).filter((o) => o.kind === 'container');
    expect(containers).toHaveLength(3);
    const ports = new Set<number>();
    for (const [flavor, , version] of flavors) {
      const container = containers.find((c) => c.labels['dev.dd-plugin.flavor'] === flavor)!;
      const binding = container.ports!.find((p) => p.PrivatePort === 6379)!;
      expect(binding.IP).toBe('127.0.0.1');
      expect(binding.PublicPort).toBe(state(flavor).endpoints[0].hostPort);
      ports.add(binding.PublicPort);
      const full = await redisInfo(binding.PublicPort);
      expect(/redis_version:(\S+)/.exec(full)![1]).toMatch(version);
    }
    expect(ports.size).toBe(3);
  });

  it('labels every container and network with workspace, integration, flavor, session and owner', async () => {
    const objects = await objectsOf(ws.root, 'redis');
    expect(objects.filter((o) => o.kind === 'network')).toHaveLength(3);
    for (const object of objects) {
      const flavor = object.labels['dev.dd-plugin.flavor']!;
      expect(object.labels).toMatchObject({
        'dev.dd-plugin.managed': 'true',
        'dev.dd-plugin.workspace': ws.root,
        'dev.dd-plugin.integration': 'redis',
        'dev.dd-plugin.session': state(flavor).sessionId,
        'dev.dd-plugin.state-file': statePath(flavor),
      });
      expect(object.labels['dev.dd-plugin.owner-pid']).toMatch(/^\d+$/);
    }
  });

  it('runs before_script in the service container', async () => {
    const run = ws.nxOk(['run', 'redis:before-script', '--flavor=7.0']);
    expect(run.output).toContain('before_script in redis: redis-cli mset dd:fixture:1 one');
    expect(await redisCommand(state('7.0').endpoints[0].hostPort, 'DBSIZE')).toBe(':3');
  });

  it('refuses before-script without an installed environment, saying how to start one', () => {
    ws.nxOk(['run', 'redis:cleanup', '--flavor=6.0']);
    const run = ws.nx(['run', 'redis:before-script', '--flavor=6.0']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('redis (flavor 6.0) has no running environment.');
    expect(run.output).toContain('How to fix: start it first: `nx run redis:install --flavor=6.0`');
    expect(run.output).not.toMatch(/\n\s+at /);
  });

  it('re-installing a flavor replaces its previous environment', async () => {
    const before = state('8.0').sessionId;
    const run = ws.nxOk(['run', 'redis:install', '--flavor=8.0']);
    expect(run.output).toContain('removed the previous environment of flavor 8.0: 1 container, 1 network');
    expect(state('8.0').sessionId).not.toBe(before);
    const containers = (await objectsOf(ws.root, 'redis')).filter(
      (o) => o.kind === 'container' && o.labels['dev.dd-plugin.flavor'] === '8.0',
    );
    expect(containers).toHaveLength(1);
  });

  it('cleanup removes everything, deletes the state file and is idempotent', async () => {
    expect(ws.nxOk(['run', 'redis:cleanup', '--all']).output).toMatch(
      /redis \(every flavor\): removed 2 containers, 2 networks\./,
    );
    expect(await objectsOf(ws.root)).toEqual([]);
    expect(existsSync(statePath('7.0'))).toBe(false);
    expect(ws.nxOk(['run', 'redis:cleanup', '--flavor=7.0']).output).toContain('redis (flavor 7.0): removed nothing.');
  });
});

import { EnvironmentNotRunningError, ReadinessTimeoutError } from '../errors/environment-errors';
import { connectOnFirstUse } from './connect-on-first-use';
import { environmentLabels, LABELS } from './labels';
import { fakeEnvironmentService } from './testing/fake-service';

const REDIS = `flavors:
  "6.0": { variables: { tag: "6" } }
  "7.0": { default: true, variables: { tag: "7" } }
services:
  redis:
    image: redis:\${tag}
    ports: [6379]
    ready:
      - tcp: 6379
        timeout: 5
before_script:
  - service: redis
    command: [redis-cli, set, k, v]
  - host: true
    command: [echo, "\${redis.port.6379}"]
`;
const STATE_7 = '/ws/dist/integrations/redis/environments/7.0.json';
const STATE_6 = '/ws/dist/integrations/redis/environments/6.0.json';

/** An object another run left: its owner (pid 7) is gone and no state file keeps it. */
const leaked = {
  kind: 'container' as const,
  id: 'old',
  name: 'dd-nginx-default-dead-web',
  labels: environmentLabels({
    workspace: '/ws',
    integration: 'nginx',
    flavor: 'default',
    sessionId: 'dead',
    ownerPid: 7,
    ownerStart: '',
    ownerHost: 'box',
    stateFile: '',
  }),
};

describe('EnvironmentService.start', () => {
  it('starts the flavor, gives its endpoints as test variables and records an install', async () => {
    const { service, objects, stateFiles } = fakeEnvironmentService(REDIS);
    const started = await service.start({ flavor: '7.0', keep: true });
    expect(started.env).toEqual({
      DD_ENV_FLAVOR: '7.0',
      DD_ENV_VAR_TAG: '7',
      DD_ENV_REDIS_HOST: '127.0.0.1',
      DD_ENV_REDIS_PORT_6379: '40001',
      DD_ENV_SERVICES: 'redis',
    });
    expect(started.stateFile).toBe(STATE_7);
    expect(stateFiles.read(STATE_7)).toMatchObject({ sessionId: 's1', flavor: '7.0', env: started.env });
    expect(objects.map((o) => [o.kind, o.labels[LABELS.stateFile]])).toEqual([
      ['network', STATE_7],
      ['container', STATE_7],
    ]);
  });

  it('records nothing for a test run (keep: false)', async () => {
    const { service, objects, stateFiles } = fakeEnvironmentService(REDIS);
    const started = await service.start({ flavor: '7.0', keep: false });
    expect(started.stateFile).toBeUndefined();
    expect(stateFiles.files.size).toBe(0);
    expect(objects.map((o) => o.labels[LABELS.stateFile])).toEqual(['', '']);
  });

  it('removes everything and records nothing when a service never gets ready', async () => {
    const { service, objects, stateFiles, calls } = fakeEnvironmentService(REDIS, {
      probe: () => ({ state: 'waiting' }),
    });
    const error = await service.start({ flavor: '7.0', keep: true }).catch((e) => e);
    expect(error).toBeInstanceOf(ReadinessTimeoutError);
    expect(objects).toEqual([]);
    expect(stateFiles.files.size).toBe(0);
    expect(calls).toContain('remove container dd-redis-7.0-s1-redis');
  });

  it('never calls the engine without services', async () => {
    const { serviceFor } = fakeEnvironmentService(REDIS);
    const noDaemon = connectOnFirstUse(async () => {
      throw new Error('no daemon');
    });
    const service = serviceFor('flavors:\n  "7.0": { variables: { tag: "7" } }\n', { engine: noDaemon });
    const started = await service.start({ flavor: '7.0', keep: true });
    expect(started).toEqual({ flavor: '7.0', running: undefined, env: { DD_ENV_FLAVOR: '7.0', DD_ENV_VAR_TAG: '7' } });
    expect(await service.runBeforeScript(started)).toBe(0);
    expect(await service.cleanup(started)).toEqual({ containers: 0, networks: 0, volumes: 0 });
  });

  it('replaces the previous installed environment of the same flavor', async () => {
    const { service, objects, stateFiles, lines } = fakeEnvironmentService(REDIS);
    await service.start({ flavor: '7.0', keep: true });
    await service.start({ flavor: '7.0', keep: true });
    expect(lines).toContain('removed the previous environment of flavor 7.0: 1 container, 1 network');
    expect(objects.map((o) => o.labels[LABELS.session])).toEqual(['s2', 's2']);
    expect(stateFiles.read(STATE_7)?.sessionId).toBe('s2');
  });

  it('sweeps what runs that are gone left, of any integration, before starting', async () => {
    const { service, objects, lines } = fakeEnvironmentService(REDIS);
    objects.push(leaked);
    await service.start({ flavor: '7.0', keep: false });
    expect(objects.map((o) => o.id)).not.toContain('old');
    expect(lines).toContain('swept environments left by runs that ended without cleaning up: 1 container');
  });
});

describe('EnvironmentService.attach', () => {
  it('attaches to the recorded environment, with the before_script of the current env.yaml', async () => {
    const { service, serviceFor, calls, host } = fakeEnvironmentService(REDIS);
    const installed = await service.start({ flavor: '7.0', keep: true });
    const edited = REDIS.replace('[redis-cli, set, k, v]', '[redis-cli, set, k, edited]');
    const later = serviceFor(edited);
    const attached = await later.attach('7.0');
    expect(attached.env).toEqual(installed.env);
    expect(attached.running?.containers).toEqual(installed.running?.containers);
    expect(await later.runBeforeScript(attached)).toBe(2);
    expect(calls.filter((c) => c.startsWith('exec'))).toEqual(['exec c1 redis-cli set k edited']);
    expect(host.commands).toEqual(['echo 40001']);
  });

  it('says how to start an environment when none is recorded', async () => {
    const { service } = fakeEnvironmentService(REDIS);
    const error = await service.attach('6.0').catch((e) => e);
    expect(error).toBeInstanceOf(EnvironmentNotRunningError);
    expect(error.message).toBe('redis (flavor 6.0) has no running environment.');
    expect(error.hint).toBe('start it first: `nx run redis:install --flavor=6.0`');
  });

  it('names the containers that are gone, with the command that starts the environment again', async () => {
    const { service, objects } = fakeEnvironmentService(REDIS);
    await service.start({ flavor: '7.0', keep: true });
    objects.splice(
      objects.findIndex((o) => o.kind === 'container'),
      1,
    );
    const error = await service.attach('7.0').catch((e) => e);
    expect(error).toBeInstanceOf(EnvironmentNotRunningError);
    expect(error.message).toBe(
      'redis (flavor 7.0): container(s) dd-redis-7.0-s1-redis of the recorded environment are gone.',
    );
    expect(error.hint).toBe('start it again: `nx run redis:install --flavor=7.0`');
  });
});

describe('EnvironmentService.runBeforeScript', () => {
  it('runs each step in its service container or on the host, with the endpoints substituted', async () => {
    const { service, calls, host, lines } = fakeEnvironmentService(REDIS);
    const started = await service.start({ flavor: '7.0', keep: false });
    expect(await service.runBeforeScript(started)).toBe(2);
    expect(calls.filter((c) => c.startsWith('exec'))).toEqual(['exec c1 redis-cli set k v']);
    expect(host.commands).toEqual(['echo 40001']);
    expect(lines).toContain('before_script on the host: echo 40001');
  });
});

describe('EnvironmentService.cleanup', () => {
  it('removes a started environment and is idempotent', async () => {
    const { service, objects } = fakeEnvironmentService(REDIS);
    const started = await service.start({ flavor: '7.0', keep: false });
    expect(await service.cleanup(started)).toEqual({ containers: 1, networks: 1, volumes: 0 });
    expect(objects).toEqual([]);
    expect(await service.cleanup(started)).toEqual({ containers: 0, networks: 0, volumes: 0 });
  });

  it("removes an installed environment's state file, not a newer install's", async () => {
    const { service, stateFiles } = fakeEnvironmentService(REDIS);
    const first = await service.start({ flavor: '7.0', keep: true });
    await service.start({ flavor: '7.0', keep: true });
    await service.cleanup(first);
    expect(stateFiles.read(STATE_7)?.sessionId).toBe('s2');
    await service.cleanup(await service.attach('7.0'));
    expect(stateFiles.files.size).toBe(0);
  });
});

describe('EnvironmentService.cleanupInstalled', () => {
  it('removes one flavor with its state file and leaves the others', async () => {
    const { service, objects, stateFiles } = fakeEnvironmentService(REDIS);
    await service.start({ flavor: '6.0', keep: true });
    await service.start({ flavor: '7.0', keep: true });
    expect(await service.cleanupInstalled('7.0')).toEqual({ containers: 1, networks: 1, volumes: 0 });
    expect(objects.map((o) => o.labels[LABELS.flavor])).toEqual(['6.0', '6.0']);
    expect([...stateFiles.files.keys()]).toEqual([STATE_6]);
  });

  it('removes every flavor and its state file, sweeps, and is idempotent', async () => {
    const { service, objects, stateFiles } = fakeEnvironmentService(REDIS);
    await service.start({ flavor: '6.0', keep: true });
    await service.start({ flavor: '7.0', keep: true });
    objects.push(leaked);
    expect(await service.cleanupInstalled(undefined)).toEqual({ containers: 2, networks: 2, volumes: 0 });
    expect(objects).toEqual([]);
    expect(stateFiles.files.size).toBe(0);
    expect(await service.cleanupInstalled(undefined)).toEqual({ containers: 0, networks: 0, volumes: 0 });
  });

  it('leaves the environment of a test run that is still going, and says so', async () => {
    const { service, serviceFor, objects, lines } = fakeEnvironmentService(REDIS, { alive: [9] });
    await serviceFor(REDIS, { ownerPid: 9 }).start({ flavor: '7.0', keep: false });
    expect(await service.cleanupInstalled(undefined)).toEqual({ containers: 0, networks: 0, volumes: 0 });
    expect(objects).toHaveLength(2);
    expect(lines).toContain('left the environments of running test process(es) 9: they remove their own when they end');
  });
});

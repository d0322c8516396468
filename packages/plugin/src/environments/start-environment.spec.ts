import { ReadinessTimeoutError, ServiceStartError } from '../errors/environment-errors';
import type { EnvironmentEngine } from './environment-engine';
import { environmentLabels, type EnvironmentIdentity } from './labels';
import { planEnvironment } from './plan-environment';
import { readEnvFile } from './read-env-file';
import { startEnvironment } from './start-environment';
import { fakeEngine } from './testing/fake-engine';
import { fakeClock } from './testing/fake-ports';

const identity: EnvironmentIdentity = {
  workspace: '/ws',
  integration: 'redis',
  flavor: '7.0',
  sessionId: 'session-1',
  ownerPid: 1,
  ownerStart: '',
  ownerHost: 'box',
  stateFile: '',
};

function plan(yaml: string) {
  return planEnvironment({ envFile: readEnvFile(yaml).envFile!, identity, projectRoot: '/ws/integrations/redis' });
}

const REDIS =
  'services:\n  redis:\n    image: redis\n    ports: [6379]\n    retries: 1\n    ready:\n      - tcp: 6379\n        timeout: 5\n';

describe('startEnvironment', () => {
  it('starts services and returns their endpoints once ready', async () => {
    const { engine, objects } = fakeEngine(() => ({ state: 'ready' }));
    const running = await startEnvironment(plan(REDIS), engine, { log: () => undefined, clock: fakeClock() });
    expect(running.endpoints).toEqual([{ service: 'redis', containerPort: 6379, host: '127.0.0.1', hostPort: 40001 }]);
    expect(objects.map((o) => o.kind)).toEqual(['network', 'container']);
  });

  it('recreates a service that is not ready in time, up to `retries` times', async () => {
    const { engine, calls } = fakeEngine((n) => (n === 1 ? { state: 'waiting' } : { state: 'ready' }));
    await startEnvironment(plan(REDIS), engine, { log: () => undefined, clock: fakeClock() });
    expect(calls.filter((c) => c.startsWith('start') || c.startsWith('remove'))).toEqual([
      'start dd-redis-7.0-session--redis',
      'remove container dd-redis-7.0-session--redis',
      'start dd-redis-7.0-session--redis',
    ]);
  });

  it('explains a readiness timeout with the condition, its line and the last 50 log lines, and leaves nothing behind', async () => {
    const { engine, objects } = fakeEngine(() => ({ state: 'waiting', detail: 'connection closed at once' }));
    const error = await startEnvironment(plan(REDIS), engine, {
      log: () => undefined,
      clock: fakeClock(),
      envFile: 'ci/env.yaml',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ReadinessTimeoutError);
    expect(error.message).toContain(
      'service `redis` was not ready after 5 s and 1 retry: TCP port 6379 accepting connections (ci/env.yaml:7)',
    );
    expect(error.message).toContain('Last observation: connection closed at once');
    expect(error.message).toContain('  | log line 11\n');
    expect(error.message).not.toContain('log line 10\n');
    expect(error.message).toMatch(/log line 60$/);
    expect(objects).toEqual([]);
  });

  it('reports a container that exits while starting, without retrying', async () => {
    const { engine, objects, calls } = fakeEngine(() => ({
      state: 'failed',
      detail: 'the container exited with code 1',
    }));
    const error = await startEnvironment(plan(REDIS), engine, { log: () => undefined, clock: fakeClock() }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ServiceStartError);
    expect(error.message).toContain('stopped before it was ready');
    expect(calls.filter((c) => c.startsWith('start'))).toHaveLength(1);
    expect(objects).toEqual([]);
  });

  it('removes what it created when an image cannot be prepared', async () => {
    const { engine, objects } = fakeEngine(() => ({ state: 'ready' }));
    const twoServices = 'services:\n  a: { image: x, ready: [{ log: x }] }\n  b: { image: y, ready: [{ log: x }] }\n';
    let started = 0;
    const failing: EnvironmentEngine = {
      ...engine,
      startContainer: async (body) => {
        if (++started === 2) throw new ServiceStartError('port is already allocated');
        return engine.startContainer(body);
      },
    };
    await expect(
      startEnvironment(plan(twoServices), failing, { log: () => undefined, clock: fakeClock() }),
    ).rejects.toThrow('port is already allocated');
    expect(objects).toEqual([]);
  });

  it('stops and cleans up when aborted', async () => {
    const controller = new AbortController();
    const { engine, objects } = fakeEngine(() => {
      controller.abort();
      return { state: 'waiting' };
    });
    const error = await startEnvironment(plan(REDIS), engine, {
      log: () => undefined,
      clock: fakeClock(),
      signal: controller.signal,
    }).catch((e) => e);
    expect(error.name).toBe('EnvironmentInterruptedError');
    expect(objects).toEqual([]);
  });

  it('labels the containers it starts', async () => {
    const { engine, objects } = fakeEngine(() => ({ state: 'ready' }));
    await startEnvironment(plan(REDIS), engine, { log: () => undefined, clock: fakeClock() });
    expect(objects.find((o) => o.kind === 'container')!.labels).toEqual({ ...environmentLabels(identity, 'redis') });
  });
});

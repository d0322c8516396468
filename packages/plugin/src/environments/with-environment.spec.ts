import { EnvironmentInterruptedError } from '../errors/environment-errors';
import { fakeEnvironmentService } from './testing/fake-service';

const REDIS = `services:
  redis:
    image: redis
    ports: [6379]
    ready:
      - tcp: 6379
        timeout: 5
`;

describe('EnvironmentService.withEnvironment', () => {
  it('runs the body with the started environment, then cleans it up', async () => {
    const { service, objects } = fakeEnvironmentService(REDIS);
    const during = await service.withEnvironment({ flavor: 'default', keep: false }, async (environment) => {
      expect(environment.env.DD_ENV_REDIS_PORT_6379).toBe('40001');
      return objects.map((o) => o.kind);
    });
    expect(during).toEqual(['network', 'container']);
    expect(objects).toEqual([]);
  });

  it('cleans up when the body fails', async () => {
    const { service, objects } = fakeEnvironmentService(REDIS);
    const failing = service.withEnvironment({ flavor: 'default', keep: false }, async () => {
      throw new Error('pytest crashed');
    });
    await expect(failing).rejects.toThrow('pytest crashed');
    expect(objects).toEqual([]);
  });

  it('leaves an installed environment (keep: true) running, even when a signal comes after the start', async () => {
    const { service, objects, stateFiles, interrupts, lines } = fakeEnvironmentService(REDIS);
    await service.withEnvironment({ flavor: 'default', keep: true }, async () => interrupts.interrupt('SIGINT'));
    await interrupts.state.idle;
    // the guard is gone once the install is ready: the signal is the process's own again
    expect(lines.filter((line) => line.startsWith('received'))).toEqual([]);
    expect(objects.map((o) => o.kind)).toEqual(['network', 'container']);
    expect(stateFiles.files.size).toBe(1);
  });

  it('removes everything when interrupted during the start, and never runs the body', async () => {
    let interrupt = () => undefined as void;
    const { service, objects, lines, interrupts } = fakeEnvironmentService(REDIS, {
      probe: () => {
        interrupt();
        return { state: 'waiting' };
      },
    });
    interrupt = () => interrupts.interrupt('SIGINT');
    const body = jest.fn(async () => true);
    const error = await service.withEnvironment({ flavor: 'default', keep: true }, body).catch((e) => e);
    await interrupts.state.idle;
    expect(error).toBeInstanceOf(EnvironmentInterruptedError);
    expect(error.message).toBe('redis (flavor default): interrupted; the environment was removed.');
    expect(body).not.toHaveBeenCalled();
    expect(objects).toEqual([]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'received SIGINT: stopping and removing the environment...',
        'the environment was removed.',
      ]),
    );
  });

  it('removes the environment when a signal comes while the body runs, once', async () => {
    const { service, objects, calls, interrupts } = fakeEnvironmentService(REDIS);
    await service.withEnvironment({ flavor: 'default', keep: false }, async () => {
      interrupts.interrupt('SIGTERM');
      await interrupts.state.idle;
      expect(objects).toEqual([]);
    });
    expect(calls.filter((c) => c.startsWith('remove'))).toEqual([
      'remove container dd-redis-default-s1-redis',
      'remove network dd-redis-default-s1-net',
    ]);
  });
});

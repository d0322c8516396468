import { EngineStoppedError, EnvironmentInterruptedError, ServiceStartError } from '../errors/environment-errors';
import { fakeEnvironmentService } from './testing/fake-service';

const REDIS = `services:
  redis:
    image: redis
    ports: [6379]
    ready:
      - tcp: 6379
        timeout: 5
`;

/** Another run of the same workspace, whose process (pid 300) is gone by the time the next run sweeps. */
const ENDED_RUN = { ownerPid: 300 };

const LEFT_BEHIND =
  /environment of redis \(flavor default\) could not be removed while the engine is down; once it answers again, the next install, cleanup or test run removes it\.$/;

/** A readiness probe during which the engine stops answering. */
function stopWhileProbing(fake: { stopAnswering(): void }) {
  return async (): Promise<never> => {
    fake.stopAnswering();
    throw new EngineStoppedError('The Docker engine stopped answering.', 'check it with `docker info`');
  };
}

describe('a Docker engine that stops answering during a run', () => {
  it('fails the start with EngineStoppedError, not a service failure nor an interrupt, saying what it left', async () => {
    const fake = fakeEnvironmentService(REDIS);
    fake.engine.probe = stopWhileProbing(fake);
    const error = await fake.service
      .withEnvironment({ flavor: 'default', keep: false }, async () => true)
      .catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error).not.toBeInstanceOf(EnvironmentInterruptedError);
    expect(error.message).toMatch(LEFT_BEHIND);
    expect(error.hint).toContain('docker info');
    // no removal was tried on the stopped engine
    expect(fake.calls.filter((c) => c.startsWith('remove'))).toEqual([]);
  });

  it('blames the engine, not the service, when the container stopped because the daemon was shutting down', async () => {
    const fake = fakeEnvironmentService(REDIS, {
      probe: () => ({ state: 'failed', detail: 'the container exited with code 0' }),
    });
    fake.engine.logTail = async () => {
      fake.stopAnswering();
      throw new EngineStoppedError('The Docker engine stopped answering.');
    };
    const error = await fake.service.start({ flavor: 'default', keep: false }).catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error).not.toBeInstanceOf(ServiceStartError);
  });

  it('still blames the service when its container exits and the engine answers', async () => {
    const fake = fakeEnvironmentService(REDIS, {
      probe: () => ({ state: 'failed', detail: 'the container exited with code 1' }),
    });
    await expect(fake.service.start({ flavor: 'default', keep: false })).rejects.toBeInstanceOf(ServiceStartError);
  });

  it('says once, after the body, that the environment could not be removed, without a second error', async () => {
    const fake = fakeEnvironmentService(REDIS);
    const error = await fake.service
      .withEnvironment({ flavor: 'default', keep: false }, async () => {
        fake.stopAnswering();
        // before_script's exec on the stopped engine
        await fake.engine.exec('c1', ['redis-cli', 'ping']);
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error.message.match(/could not be removed/g)).toHaveLength(1);
    expect(error.message).toMatch(LEFT_BEHIND);
    expect(fake.calls.filter((c) => c.startsWith('remove'))).toEqual([]);
  });

  it('reports a cleanup that finds the engine stopped once, after a body that passed', async () => {
    const fake = fakeEnvironmentService(REDIS);
    const error = await fake.service
      .withEnvironment({ flavor: 'default', keep: false }, async () => void fake.stopAnswering())
      .catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error.message).toMatch(LEFT_BEHIND);
  });

  it('leaves what the next run sweeps once the engine answers again', async () => {
    const fake = fakeEnvironmentService(REDIS);
    const ended = fake.serviceFor(REDIS, ENDED_RUN);
    await ended
      .withEnvironment({ flavor: 'default', keep: false }, async () => void fake.stopAnswering())
      .catch(() => undefined);
    expect(fake.objects.map((o) => o.kind)).toEqual(['network', 'container']);
    fake.answerAgain();
    await fake.service.start({ flavor: 'default', keep: false });
    expect(fake.lines).toContain(
      'swept environments left by runs that ended without cleaning up: 1 container, 1 network',
    );
    expect(fake.objects.every((o) => o.labels['dev.dd-plugin.session'] !== 's1')).toBe(true);
  });

  it('leaves what an install that the engine stopped left to the next cleanup', async () => {
    const fake = fakeEnvironmentService(REDIS);
    const ended = fake.serviceFor(REDIS, ENDED_RUN);
    fake.engine.probe = stopWhileProbing(fake);
    await expect(ended.start({ flavor: 'default', keep: true })).rejects.toBeInstanceOf(EngineStoppedError);
    expect(fake.stateFiles.files.size).toBe(0);
    fake.answerAgain();
    const removed = await fake.service.cleanupInstalled(undefined);
    expect(removed).toEqual({ containers: 1, networks: 1, volumes: 0 });
    expect(fake.objects).toEqual([]);
  });
});

import { EngineStoppedError, ServiceStartError } from '../errors/environment-errors';
import { fakeEngine } from '../environments/testing/fake-engine';
import { reportEngineStopped } from './report-engine-stopped';

const SOCKET = 'the local socket /var/run/docker.sock';
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '/var/run/docker.sock',
  });

describe('reportEngineStopped', () => {
  it('turns a call that cannot reach the engine into EngineStoppedError naming the engine and the step', async () => {
    const { engine } = fakeEngine();
    engine.list = async () => Promise.reject(refused());
    const error = await reportEngineStopped(engine, SOCKET)
      .list({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error.message).toBe(
      'The Docker engine stopped answering (the local socket /var/run/docker.sock) while listing the environments: connect ECONNREFUSED /var/run/docker.sock. The services did not fail; the engine did.',
    );
  });

  it('sees through a typed error whose cause is a lost connection', async () => {
    const { engine } = fakeEngine();
    engine.startContainer = async () =>
      Promise.reject(
        new ServiceStartError('Cannot start container x: socket hang up.', undefined, { cause: refused() }),
      );
    await expect(reportEngineStopped(engine, SOCKET).startContainer({} as never)).rejects.toBeInstanceOf(
      EngineStoppedError,
    );
  });

  it('passes on what the engine answered (an HTTP error is no stopped engine)', async () => {
    const { engine } = fakeEngine();
    const conflict = Object.assign(new Error('(HTTP code 409) conflict'), { statusCode: 409 });
    engine.remove = async () => Promise.reject(conflict);
    await expect(reportEngineStopped(engine, SOCKET).remove({} as never)).rejects.toBe(conflict);
  });

  it('counts a short call without an answer in time as a stopped engine', async () => {
    const { engine } = fakeEngine();
    engine.list = () => new Promise(() => undefined);
    const error = await reportEngineStopped(engine, SOCKET, 5)
      .list({})
      .catch((e) => e);
    expect(error).toBeInstanceOf(EngineStoppedError);
    expect(error.message).toContain('while listing the environments: no answer within 0.005 s');
  });

  it('lets builds and commands in containers take their time', async () => {
    const { engine } = fakeEngine();
    engine.exec = () => new Promise((resolve) => setTimeout(() => resolve({ exitCode: 0, output: '' }), 20));
    await expect(reportEngineStopped(engine, SOCKET, 5).exec('c1', ['true'])).resolves.toEqual({
      exitCode: 0,
      output: '',
    });
  });
});

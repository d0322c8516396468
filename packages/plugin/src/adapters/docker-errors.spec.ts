import {
  EngineStoppedError,
  EnvironmentConflictError,
  ImageUnavailableError,
  ServiceStartError,
} from '../errors/environment-errors';
import { engineStoppedError, explainCreateError, isEngineConnectionError, isNotFound } from './docker-errors';

/** Errors as docker-modem reports them, with messages the engine really sends. */
const engineError = (statusCode: number, message: string) =>
  Object.assign(new Error(`(HTTP code ${statusCode})`), { statusCode, json: { message } });

describe('explainCreateError', () => {
  it.each([
    [
      409,
      'Conflict. The container name "/x" is already in use by container "abc".',
      EnvironmentConflictError,
      /the name is taken/,
    ],
    [
      500,
      'driver failed programming external connectivity on endpoint x: Error starting userland proxy: listen tcp4 127.0.0.1:34609: bind: address already in use',
      EnvironmentConflictError,
      /a host port is taken/,
    ],
    [
      500,
      'Bind for 127.0.0.1:6379 failed: port is already allocated',
      EnvironmentConflictError,
      /a host port is taken/,
    ],
    [404, 'No such image: redis:9', ImageUnavailableError, /No such image: redis:9/],
    [500, 'OCI runtime create failed', ServiceStartError, /Cannot start container x: OCI runtime create failed/],
  ])('HTTP %i "%s"', (status, message, type, text) => {
    const error = explainCreateError(engineError(status, message), 'container x');
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(text);
  });

  it('knows "not found" from the status code', () => {
    expect(isNotFound(engineError(404, 'no such container'))).toBe(true);
    expect(isNotFound(engineError(500, 'not found'))).toBe(false);
  });
});

/** An error as node's net and http modules raise it. */
const nodeError = (message: string, fields: Record<string, string>) => Object.assign(new Error(message), fields);

describe('isEngineConnectionError', () => {
  it.each([
    [
      'connection refused',
      nodeError('connect ECONNREFUSED /var/run/docker.sock', {
        code: 'ECONNREFUSED',
        syscall: 'connect',
        address: '/var/run/docker.sock',
      }),
    ],
    ['connection reset', nodeError('read ECONNRESET', { code: 'ECONNRESET', syscall: 'read' })],
    ['broken pipe', nodeError('write EPIPE', { code: 'EPIPE', syscall: 'write' })],
    [
      'socket removed',
      nodeError('connect ENOENT /var/run/docker.sock', {
        code: 'ENOENT',
        syscall: 'connect',
        address: '/var/run/docker.sock',
      }),
    ],
    ['TCP engine unreachable', nodeError('connect ETIMEDOUT 10.0.0.5:2376', { code: 'ETIMEDOUT', syscall: 'connect' })],
    ['socket hang up (docker-modem timeout)', new Error('socket hang up')],
    [
      'a cause of a typed error',
      new ServiceStartError('Cannot start container x.', undefined, {
        cause: nodeError('read ECONNRESET', { code: 'ECONNRESET' }),
      }),
    ],
    ['the typed error itself', new EngineStoppedError('stopped')],
  ])('%s: yes', (_, error) => {
    expect(isEngineConnectionError(error)).toBe(true);
  });

  it.each([
    ['an HTTP error of the engine', engineError(500, 'OCI runtime create failed')],
    [
      'a missing file that is no socket',
      nodeError("ENOENT: no such file or directory, open 'ci/docker/Dockerfile'", {
        code: 'ENOENT',
        syscall: 'open',
        path: 'ci/docker/Dockerfile',
      }),
    ],
    ['a service failure', new ServiceStartError('stopped before it was ready')],
    ['nothing', undefined],
  ])('%s: no', (_, error) => {
    expect(isEngineConnectionError(error)).toBe(false);
  });
});

describe('engineStoppedError', () => {
  it('says the engine stopped, where, during what, and how to check and restart it', () => {
    const error = engineStoppedError(
      new Error('connect ENOENT /var/run/docker.sock'),
      'DOCKER_HOST=unix:///run/d.sock',
      'waiting for a service to be ready',
    );
    expect(error.message).toBe(
      'The Docker engine stopped answering (DOCKER_HOST=unix:///run/d.sock) while waiting for a service to be ready: connect ENOENT /var/run/docker.sock. The services did not fail; the engine did.',
    );
    expect(error.hint).toContain('`docker info`');
    expect(error.hint).toContain('`sudo systemctl restart docker`');
    expect(error.hint).toContain('`nohup dockerd > /var/log/dockerd.log 2>&1 &`');
  });
});

import { EnvironmentConflictError, ImageUnavailableError, ServiceStartError } from '../errors/environment-errors';
import { explainCreateError, isNotFound } from './docker-errors';

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

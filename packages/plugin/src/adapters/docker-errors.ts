import { EnvironmentConflictError, ImageUnavailableError, ServiceStartError } from '../errors/environment-errors';

/** The HTTP status and message of a Docker Engine API error (docker-modem's shape). */
export function dockerStatus(error: unknown): { status?: number; message: string } {
  const e = error as { statusCode?: number; json?: { message?: string }; message?: string };
  return { status: e?.statusCode, message: e?.json?.message ?? e?.message ?? String(error) };
}

/** Turns engine errors a user can fix (conflicts, missing images) into typed errors. */
export function explainCreateError(error: unknown, what: string): Error {
  const { status, message } = dockerStatus(error);
  if (/port is already allocated|address already in use/i.test(message)) {
    return new EnvironmentConflictError(
      `Cannot start ${what}: a host port is taken (${message}).`,
      'ports are published on free ephemeral ports; a fixed host port in the image or another process holds this one: free it and retry',
      { cause: error },
    );
  }
  if (status === 409 || /is already in use by|already exists/i.test(message)) {
    return new EnvironmentConflictError(
      `Cannot create ${what}: the name is taken (${message}).`,
      'another run of the same session is in the way: run the `cleanup` target, or `docker ps -a --filter label=dev.dd-plugin.managed=true`',
      { cause: error },
    );
  }
  if (status === 404 && /image/i.test(message)) {
    return new ImageUnavailableError(
      `Cannot create ${what}: ${message}.`,
      'run the `install` target, which builds or pulls images first',
      { cause: error },
    );
  }
  return new ServiceStartError(
    `Cannot start ${what}: ${message}.`,
    'check the service in ci/env.yaml and `docker info`',
    { cause: error },
  );
}

/** Whether an error means "not there" (removal of something already gone is fine). */
export function isNotFound(error: unknown): boolean {
  return dockerStatus(error).status === 404;
}

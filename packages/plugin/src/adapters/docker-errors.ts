import {
  EngineStoppedError,
  EnvironmentConflictError,
  ImageUnavailableError,
  ServiceStartError,
} from '../errors/environment-errors';

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

/** The codes node gives a request to an engine that is gone, refuses, resets or does not answer. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * Whether an error (or one of its causes) means the engine itself stopped answering, not that it
 * refused a request: connection refused, reset or aborted, a broken pipe, ENOENT on connecting to
 * its socket (dockerd removes it when it stops), an Engine API timeout or "socket hang up"
 * (docker-modem's timeout destroys the request). An HTTP answer, whatever its status, is no such error.
 */
export function isEngineConnectionError(error: unknown): boolean {
  for (let e = error as NodeError | undefined, depth = 0; e && depth < 5; e = e.cause as NodeError, depth++) {
    if (e instanceof EngineStoppedError) return true;
    if (typeof e !== 'object' || e.statusCode !== undefined) return false;
    if (e.code && CONNECTION_CODES.has(e.code)) return true;
    if (e.code === 'ENOENT' && (e.syscall === 'connect' || /\.sock$/.test(e.address ?? ''))) return true;
    if (/^(socket hang up|aborted|timeout)$/i.test(e.message ?? '')) return true;
  }
  return false;
}

type NodeError = {
  code?: string;
  syscall?: string;
  address?: string;
  message?: string;
  statusCode?: number;
  cause?: unknown;
};

/** What a user reads when the engine stops answering mid-run, for the engine at `address`. */
export function engineStoppedError(error: unknown, address: string, action: string): EngineStoppedError {
  if (error instanceof EngineStoppedError) return error;
  const reason = (error as { message?: string })?.message ?? String(error);
  return new EngineStoppedError(
    `The Docker engine stopped answering (${address}) while ${action}: ${reason}. The services did not fail; the engine did.`,
    'check it with `docker info`; restart it with `sudo systemctl restart docker` where systemd runs it, or as root ' +
      'with `nohup dockerd > /var/log/dockerd.log 2>&1 &`, and wait until `docker info` answers; then run the target again',
    { cause: error },
  );
}

import Docker from 'dockerode';
import { DockerUnavailableError } from '../errors/environment-errors';

/** How to reach the Docker Engine: DOCKER_HOST when set, else the default local socket. */
export function describeDockerHost(env: Record<string, string | undefined>): string {
  return env.DOCKER_HOST ? `DOCKER_HOST=${env.DOCKER_HOST}` : 'the local socket /var/run/docker.sock';
}

/**
 * A dockerode client for the daemon the machine points at (docker-modem reads DOCKER_HOST,
 * DOCKER_TLS_VERIFY and DOCKER_CERT_PATH itself), checked with a ping so that a missing daemon
 * is reported once, clearly, before any work starts.
 */
export async function connectDocker(env: Record<string, string | undefined> = process.env): Promise<Docker> {
  const docker = new Docker();
  try {
    await withTimeout(docker.ping(), 10_000);
  } catch (error) {
    throw new DockerUnavailableError(
      `No Docker daemon answers at ${describeDockerHost(env)} (${(error as Error).message}).`,
      'start one: `sudo systemctl start docker`, or run `dockerd >/var/log/dockerd.log 2>&1 &` as root ' +
        '(Debian: `apt-get install docker.io`), then check with `docker info`; set DOCKER_HOST to use another daemon',
      { cause: error },
    );
  }
  return docker;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

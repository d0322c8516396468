import Docker from 'dockerode';
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, openSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ensureImagePresent } from '@dd/plugin/src/adapters/docker-images';
import { runProcess } from '@dd/plugin/src/adapters/run-process';
import { UserError } from '@dd/plugin/src/errors/user-error';
import { explainAptFailure, planDocker, type DockerFacts, type DockerPlan } from './plan-docker';

/** A machine that is half ready: the piece that is missing and the command that fixes it. */
export class ProvisionError extends UserError {
  override name = 'ProvisionError';
}

/** The Debian suites whose base images the Docker suites and the example integrations build on. */
export const BASE_IMAGE_SUITES = ['bullseye', 'bookworm', 'trixie'] as const;

const DOCKERD_LOG = '/var/log/dockerd.log';

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

async function answers(docker: Docker, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const ping = docker.ping().then(
    () => true,
    () => false,
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

/** What this machine offers, read without changing anything. */
export async function readDockerFacts(env: NodeJS.ProcessEnv): Promise<DockerFacts> {
  return {
    optedOut: env.DD_TEST_DOCKER === '0',
    answers: await answers(new Docker(), 5_000),
    ...(env.DOCKER_HOST ? { dockerHost: env.DOCKER_HOST } : {}),
    isRoot: process.getuid?.() === 0,
    hasApt: onPath('apt-get', env),
    hasDockerd: onPath('dockerd', env),
    hasDebootstrap: onPath('debootstrap', env),
  };
}

async function aptInstall(packages: readonly string[], log: (line: string) => void): Promise<void> {
  log(`installing ${packages.join(', ')} with apt-get`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const result = await runProcess({ file: 'apt-get', args, env, timeoutMs: 15 * 60_000 });
    if (result.exitCode === 0) continue;
    const problem = explainAptFailure(args[0]!, result.exitCode, `${result.stdout}\n${result.stderr}`, packages);
    throw new ProvisionError(problem.message, problem.hint);
  }
}

/** Starts dockerd in the background, its output in /var/log/dockerd.log, and waits until it answers. */
async function startDockerd(log: (line: string) => void): Promise<void> {
  mkdirSync(dirname(DOCKERD_LOG), { recursive: true });
  const out = openSync(DOCKERD_LOG, 'a');
  // A daemon outlives this run, so it is spawned detached here rather than through runProcess.
  const child = spawn('dockerd', [], { detached: true, stdio: ['ignore', out, out] });
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.on('error', () => (exited = -1));
  child.unref();
  const docker = new Docker();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && exited === undefined) {
    if (await answers(docker, 2_000)) {
      log(`started dockerd (its log: ${DOCKERD_LOG})`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const tail = readFileSync(DOCKERD_LOG, 'utf8').trim().split('\n').slice(-8).join('\n    ');
  throw new ProvisionError(
    `dockerd ${exited === undefined ? 'did not answer within 60 s' : `exited with code ${exited}`}; the end of ${DOCKERD_LOG}:\n    ${tail}`,
    'fix what the log says (a stale /var/run/docker.pid, a missing kernel feature, another daemon on the socket), check with `docker info`, then run npm test again',
  );
}

/** Makes the local base images present: found, pulled, or built with debootstrap, side by side. */
async function ensureBaseImages(log: (line: string) => void): Promise<void> {
  const docker = new Docker();
  const started = Date.now();
  await Promise.all(
    BASE_IMAGE_SUITES.map((suite) =>
      ensureImagePresent(docker, `debian:${suite}`, (line) => log(`debian:${suite}: ${line}`)),
    ),
  );
  log(
    `base images ${BASE_IMAGE_SUITES.map((s) => `debian:${s}`).join(', ')} present (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

/**
 * Carries out the plan: packages, daemon, base images. Returns the plan's skip when Docker is
 * out of reach; throws a {@link ProvisionError} when the machine is half ready.
 */
export async function provisionDocker(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<DockerPlan> {
  const plan = planDocker(await readDockerFacts(env));
  if (plan.kind === 'skip') return plan;
  if (plan.install.length > 0) await aptInstall(plan.install, log);
  if (plan.kind === 'provision') await startDockerd(log);
  else log('a Docker daemon answers');
  await ensureBaseImages(log);
  return plan;
}

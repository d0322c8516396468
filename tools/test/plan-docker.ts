/** What the runner found out about Docker on this machine (gathered by provision-docker.ts). */
export interface DockerFacts {
  /** `DD_TEST_DOCKER=0`: the user does not want the Docker suites. */
  optedOut: boolean;
  /** A daemon answered a ping. */
  answers: boolean;
  dockerHost?: string;
  isRoot: boolean;
  hasApt: boolean;
  hasDockerd: boolean;
  hasDebootstrap: boolean;
}

/** What to do about Docker: use it, make it (install packages, start the daemon), or do without. */
export type DockerPlan =
  | { kind: 'ready'; install: string[] }
  | { kind: 'provision'; install: string[]; startDaemon: true }
  | { kind: 'skip'; reason: string; enable: string };

/**
 * Decides from the facts alone. As root on a Debian-like machine the runner installs Debian's
 * `docker.io` and `debootstrap` (for local base images) and starts `dockerd`; it never starts a
 * daemon for a DOCKER_HOST that names another one, and never asks for root.
 */
export function planDocker(facts: DockerFacts): DockerPlan {
  if (facts.optedOut) return { kind: 'skip', reason: 'DD_TEST_DOCKER=0 is set', enable: 'unset DD_TEST_DOCKER' };
  const canInstall = facts.isRoot && facts.hasApt;
  const debootstrap = canInstall && !facts.hasDebootstrap ? ['debootstrap'] : [];
  if (facts.answers) return { kind: 'ready', install: debootstrap };
  if (facts.dockerHost) {
    return {
      kind: 'skip',
      reason: `no Docker daemon answers at DOCKER_HOST=${facts.dockerHost}`,
      enable: 'start that daemon, or unset DOCKER_HOST to use a local one',
    };
  }
  if (!facts.isRoot) {
    return {
      kind: 'skip',
      reason: 'no Docker daemon answers, and only root may install or start one',
      enable: 'start Docker (`sudo systemctl start docker`) and give yourself its socket, or run `sudo npm test`',
    };
  }
  if (!facts.hasDockerd && !facts.hasApt) {
    return {
      kind: 'skip',
      reason: 'no Docker daemon answers, and there is no dockerd and no apt-get to install one',
      enable: 'install Docker Engine, start it, and run npm test again',
    };
  }
  return {
    kind: 'provision',
    install: [...(facts.hasDockerd ? [] : ['docker.io']), ...debootstrap],
    startDaemon: true,
  };
}

/** What a failed `apt-get` means for the person at the keyboard, from what it printed. */
export function explainAptFailure(
  command: string,
  exitCode: number,
  output: string,
  packages: readonly string[],
): { message: string; hint: string } {
  const last = output.trim().split('\n').filter(Boolean).pop() ?? 'no output';
  if (/Could not get lock|Unable to acquire the dpkg frontend lock|Unable to lock/i.test(output)) {
    return {
      message: `apt-get ${command} cannot run: another apt or dpkg process holds its lock (${last}).`,
      hint: `wait for it to finish (\`ps -C apt-get,dpkg\` shows it), then run npm test again; or install ${packages.join(' ')} yourself`,
    };
  }
  return {
    message: `apt-get ${command} failed with code ${exitCode}: ${last}`,
    hint: `run \`apt-get install -y ${packages.join(' ')}\` yourself to see the whole error, then run npm test again`,
  };
}

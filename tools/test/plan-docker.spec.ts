import { explainAptFailure, planDocker, type DockerFacts } from './plan-docker';

const fresh: DockerFacts = {
  optedOut: false,
  answers: false,
  isRoot: true,
  hasApt: true,
  hasDockerd: false,
  hasDebootstrap: false,
};

describe('planDocker', () => {
  it('installs docker.io and debootstrap and starts dockerd on a fresh Debian machine as root', () => {
    expect(planDocker(fresh)).toEqual({ kind: 'provision', install: ['docker.io', 'debootstrap'], startDaemon: true });
  });

  it('only starts dockerd when the packages are there', () => {
    expect(planDocker({ ...fresh, hasDockerd: true, hasDebootstrap: true })).toEqual({
      kind: 'provision',
      install: [],
      startDaemon: true,
    });
  });

  it('uses a daemon that answers, adding debootstrap for the base images when it can', () => {
    expect(planDocker({ ...fresh, answers: true })).toEqual({ kind: 'ready', install: ['debootstrap'] });
    expect(planDocker({ ...fresh, answers: true, isRoot: false })).toEqual({ kind: 'ready', install: [] });
  });

  it.each([
    [{ optedOut: true }, 'DD_TEST_DOCKER=0 is set', 'unset DD_TEST_DOCKER'],
    [
      { dockerHost: 'tcp://127.0.0.1:2375' },
      'no Docker daemon answers at DOCKER_HOST=tcp://127.0.0.1:2375',
      'start that daemon',
    ],
    [{ isRoot: false }, 'only root may install or start one', 'sudo npm test'],
    [{ hasApt: false }, 'no dockerd and no apt-get', 'install Docker Engine'],
  ] as [Partial<DockerFacts>, string, string][])(
    'does without Docker, saying why and how to enable it: %j',
    (facts, reason, enable) => {
      const plan = planDocker({ ...fresh, ...facts });
      expect(plan.kind).toBe('skip');
      if (plan.kind !== 'skip') return;
      expect(plan.reason).toContain(reason);
      expect(plan.enable).toContain(enable);
    },
  );

  it('never starts a daemon of its own when DOCKER_HOST names another', () => {
    expect(planDocker({ ...fresh, hasDockerd: true, dockerHost: 'unix:///run/user/1000/docker.sock' }).kind).toBe(
      'skip',
    );
  });
});

describe('explainAptFailure', () => {
  it('names a held lock and says to wait, rather than quoting apt', () => {
    const output =
      'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?';
    const problem = explainAptFailure('install', 100, output, ['docker.io', 'debootstrap']);
    expect(problem.message).toBe(
      'apt-get install cannot run: another apt or dpkg process holds its lock (E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?).',
    );
    expect(problem.hint).toContain('or install docker.io debootstrap yourself');
  });

  it('quotes the last line of any other failure and gives the command to see it whole', () => {
    const problem = explainAptFailure(
      'install',
      100,
      'Reading package lists...\nE: Unable to locate package docker.io',
      ['docker.io'],
    );
    expect(problem).toEqual({
      message: 'apt-get install failed with code 100: E: Unable to locate package docker.io',
      hint: 'run `apt-get install -y docker.io` yourself to see the whole error, then run npm test again',
    });
  });
});

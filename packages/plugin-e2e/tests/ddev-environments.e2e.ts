/**
 * @requires ddev
 * @requires docker
 * @requires compose
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { installDdevForTest, type Ddev } from '../src/ddev';
import { copyRedisExample, writeEnvYaml } from '../src/docker';
import { run, runOk } from '../src/run';
import { COMPOSE_PROJECT_LABEL, withComposeOwnership } from '@dd/plugin/src/environments/compose-project';
import { identityFromLabels } from '@dd/plugin/src/environments/labels';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/** A service on the local Debian base: a TCP server that greets whoever connects. */
const GREETER_ENV = `services:
  greeter:
    image: debian:bookworm
    command:
      - perl
      - -MIO::Socket::INET
      - -e
      - '$| = 1; $s = IO::Socket::INET->new(LocalPort => 7000, Listen => 5, ReuseAddr => 1) or die; print "listening\\n"; while ($c = $s->accept) { print $c "hello\\n"; close $c }'
    ports: [7000]
    ready:
      - log: listening
        timeout: 60
      - tcp: 7000
        timeout: 10
check:
  instance:
    host: \${greeter.host}
    port: \${greeter.port.7000}
`;

const GREETER_TEST = `import socket

import pytest

pytestmark = pytest.mark.integration


def test_reads_the_greeting_of_the_service(dd_environment):
    with socket.create_connection((dd_environment['host'], dd_environment['port']), timeout=5) as connection:
        assert connection.recv(64).startswith(b'hello')
`;

/** The README's two lines that bring the rendered fixture into a scaffold's conftest.py. */
const FIXTURE_LINES = 'from . import environment\n\ndd_environment = environment.dd_environment\n';

/** Containers of the compose projects the rendered fixture of an integration started (named `ddplugin-...-<integration>`). */
function composeContainers(integration: string): string {
  return execFileSync('docker', ['ps', '-a', '--format', '{{.Label "com.docker.compose.project"}}'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((project) => project.endsWith(`-${integration}`) || project === integration)
    .join('\n');
}

/**
 * ci/env.yaml is the one declaration `nx test` and `ddev test` both run: lint renders hatch.toml's
 * matrix, a compose file and the dd_environment fixture from it, and ddev 20.1, run from the
 * integrations folder, tests every flavor against services started from it, leaving nothing.
 */
describe('ddev test runs the flavors and services of ci/env.yaml', () => {
  let ws: TestWorkspace;
  let ddev: Ddev;
  const integrations = () => join(ws.root, 'integrations');
  const ddevTest = (name: string) =>
    run(ddev.bin, ['--no-interactive', '--here', 'test', name], integrations(), ddev.env);

  beforeAll(() => {
    ws = createTestWorkspace('ddev-environments');
    copyRedisExample(ws);
    const stuck = copyRedisExample(ws, 'stuck');
    const envYaml = readFileSync(join(stuck, 'ci', 'env.yaml'), 'utf8');
    writeEnvYaml(
      stuck,
      envYaml.replace(/- log: Ready to accept connections\n\s+timeout: 60/, '- log: never printed\n        timeout: 3'),
    );
    ws.nxOk(['g', '@dd/plugin:integration', 'greeter', '--no-interactive']);
    const greeter = join(integrations(), 'greeter');
    writeEnvYaml(greeter, GREETER_ENV);
    const conftest = join(greeter, 'tests', 'conftest.py');
    writeFileSync(
      conftest,
      readFileSync(conftest, 'utf8').replace('import pytest\n', `import pytest\n\n${FIXTURE_LINES}`),
    );
    writeFileSync(join(greeter, 'tests', 'test_integration.py'), GREETER_TEST);
    // the copy keeps the redis package: lint may find that, and still renders what ddev reads
    ws.nx(['lint', 'stuck', '--fix']);
    ws.nxOk(['lint', 'greeter', '--fix']);
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', 'integrations']);
    ddev = installDdevForTest(ws.root);
  });
  afterAll(() => ws?.dispose());

  it('runs the three flavors of the redis example from its files as checked in, and leaves nothing running', () => {
    expect(ws.nxOk(['lint', 'redis']).output).not.toContain('env/rendered');
    const result = ddevTest('redis');
    if (result.status !== 0) throw new Error(`ddev test redis failed:\n${result.output.slice(-4000)}`);
    for (const env of ['py3.13-6.0', 'py3.13-7.0', 'py3.13-8.0']) expect(result.output).toContain(env);
    expect(result.output.match(/11 passed/g)).toHaveLength(3);
    expect(composeContainers('redis')).toBe('');
  });

  it('and nx test runs the same declaration, its fixture using the services Nx started', () => {
    const result = ws.nxOk(['test', 'redis', '--outputStyle=static']);
    expect(result.output).toMatch(/redis\s+6\.0\s+passed/);
    expect(result.output).toMatch(/redis\s+8\.0\s+passed/);
    expect(composeContainers('redis')).toBe('');
  });

  it('passes a generated check with a service added as the README shows, under ddev test and nx test', () => {
    const underDdev = ddevTest('greeter');
    if (underDdev.status !== 0) throw new Error(`ddev test greeter failed:\n${underDdev.output.slice(-4000)}`);
    expect(underDdev.output).toContain('test_reads_the_greeting_of_the_service PASSED');
    expect(composeContainers('greeter')).toBe('');
    const underNx = ws.nxOk(['test', 'greeter', '--outputStyle=static']);
    expect(underNx.output).toMatch(/greeter\s+default\s+passed/);
  });

  it('names its compose project as nx names its own, so that nx sweeps what a killed ddev run leaves', () => {
    const redis = join(integrations(), 'redis');
    const printed = runOk(
      join(redis, '.venv', 'bin', 'python'),
      ['-c', 'import os; from tests import environment; print(os.getpid(), environment._project_name())'],
      redis,
    ).stdout.trim();
    const [pid, project] = printed.split(' ');
    const identity = identityFromLabels(withComposeOwnership({ [COMPOSE_PROJECT_LABEL]: project! }, hostname()));
    expect(identity).toMatchObject({ sessionId: project, ownerPid: Number(pid), ownerHost: hostname() });
    expect(identity!.ownerStart).toMatch(/^\d+$/);
  });

  it('fails a service that never becomes ready under ddev at its condition and line, and leaves nothing', () => {
    const result = ddevTest('stuck');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /stuck: redis was not ready after 3 s: log 'never printed' \(ci\/env\.yaml line \d+\)/,
    );
    expect(composeContainers('stuck')).toBe('');
  });
});

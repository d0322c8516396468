/**
 * @requires docker
 * @requires compose
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive } from '@dd/plugin/src/adapters/process-owner';
import { spawnNx, waitFor } from '../src/docker';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/** A service on the local Debian base image, as an integration of integrations-extras declares it for ddev. */
const COMPOSE = `services:
  box:
    image: debian:bookworm
    command: [sh, -c, "echo box up; exec sleep 600"]
`;

const FIXTURE = `

import os

from datadog_checks.dev import docker_run, get_here
from datadog_checks.dev.conditions import CheckDockerLogs

COMPOSE_FILE = os.path.join(get_here(), 'docker', 'docker-compose.yaml')


@pytest.fixture(scope='session')
def dd_environment():
    with docker_run(COMPOSE_FILE, conditions=[CheckDockerLogs(COMPOSE_FILE, 'box up')]):
        yield {'tags': ['test:boxed']}
`;

const TEST = `import os
import subprocess
import time

import pytest

from .conftest import COMPOSE_FILE


@pytest.mark.integration
@pytest.mark.usefixtures('dd_environment')
def test_runs_against_the_compose_service():
    release = subprocess.run(
        ['docker', 'compose', '-f', COMPOSE_FILE, 'exec', '-T', 'box', 'cat', '/etc/debian_version'],
        capture_output=True,
        text=True,
        check=True,
    )
    assert release.stdout.startswith('12')
    if os.environ.get('BOXED_HANG'):
        time.sleep(600)
`;

function boxContainers(): string {
  return execFileSync('docker', ['ps', '-aq', '--filter', 'label=com.docker.compose.service=box'], {
    encoding: 'utf8',
  }).trim();
}

/** The compose project of the running box container, if one runs. */
function boxProject(): string | undefined {
  const id = boxContainers().split('\n')[0];
  if (!id) return undefined;
  const project = execFileSync(
    'docker',
    ['inspect', '--format', '{{index .Config.Labels "com.docker.compose.project"}}', id],
    {
      encoding: 'utf8',
    },
  ).trim();
  return project || undefined;
}

/**
 * The way integrations-extras starts a test's services: a `dd_environment` fixture that runs a
 * compose file with datadog-checks-dev's `docker_run`. `nx test` runs such integration tests as
 * `ddev test` does, and the fixture removes what it started; what a killed run leaves, the next
 * run sweeps.
 */
describe('integration tests whose fixture starts services with docker compose', () => {
  let ws: TestWorkspace;
  const tests = () => join(ws.root, 'integrations', 'boxed', 'tests');

  beforeAll(() => {
    ws = createTestWorkspace('compose');
    ws.nxOk(['g', '@dd/plugin:integration', 'boxed']);
    mkdirSync(join(tests(), 'docker'), { recursive: true });
    writeFileSync(join(tests(), 'docker', 'docker-compose.yaml'), COMPOSE);
    appendFileSync(join(tests(), 'conftest.py'), FIXTURE);
    writeFileSync(join(tests(), 'test_integration.py'), TEST);
  });
  afterAll(() => ws?.dispose());

  it('runs the unit and integration tests, the service up for the latter, and leaves nothing running', () => {
    const run = ws.nxOk(['test', 'boxed', '--outputStyle=static']);
    expect(run.output).toMatch(/3 passed/);
    expect(boxContainers()).toBe('');
  });

  it('says, on a machine without docker compose, that the tests need it and how to get it', () => {
    const bare = join(ws.root, 'no-compose');
    mkdirSync(bare, { recursive: true });
    const result = ws.nx(['test', 'boxed', '--skip-nx-cache', '--outputStyle=static'], { DOCKER_CONFIG: bare });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('the tests start services with docker compose (docker_run in tests/)');
    expect(result.output).toContain("Install docker compose v2: Docker's docker-compose-plugin package");
    expect(boxContainers()).toBe('');
  });

  it('sweeps, on the next run, the services of a run killed with SIGKILL while its fixture held them', async () => {
    process.env.BOXED_HANG = '1';
    const run = spawnNx(ws, ['test', 'boxed', '--skip-nx-cache', '--outputStyle=static']);
    delete process.env.BOXED_HANG;
    const project = await waitFor('the compose service of the hanging run', async () => boxProject(), 300_000);
    // the project names its owner, the test executor's process: ddplugin-<host>-<pid>-<start>-<what>
    expect(project).toMatch(/^ddplugin-[0-9a-f]{8}-\d+-\d*-boxed-tests$/);
    process.kill(-run.child.pid!, 'SIGKILL');
    await run.exited;
    const owner = Number(project.split('-')[2]);
    await waitFor('the owner to be gone', async () => (isProcessAlive(owner, '') ? undefined : true));
    expect(boxContainers()).not.toBe('');

    const next = ws.nxOk(['test', 'boxed', '--skip-nx-cache', '--outputStyle=static']);
    expect(next.output).toContain(
      'swept environments left by runs that ended without cleaning up: 1 container, 1 network',
    );
    expect(next.output).toMatch(/3 passed/);
    expect(boxContainers()).toBe('');
  });
});

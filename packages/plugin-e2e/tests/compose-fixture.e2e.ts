/**
 * @requires docker
 * @requires compose
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

const TEST = `import subprocess

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
`;

function boxContainers(): string {
  return execFileSync('docker', ['ps', '-aq', '--filter', 'label=com.docker.compose.service=box'], {
    encoding: 'utf8',
  }).trim();
}

/**
 * The way integrations-extras starts a test's services: a `dd_environment` fixture that runs a
 * compose file with datadog-checks-dev's `docker_run`. `nx test` runs such integration tests as
 * `ddev test` does, and the fixture removes what it started.
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
});

/** @requires docker: a Docker engine (npm test starts one as root; see tools/test/run-tests.ts). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { objectsOf } from '../src/docker';
import { copyThisWorkspace, type WorkspaceCopy } from '../src/workspace-copy';

/** Two flavors on the local Debian base images: a container that idles, ready when `true` runs in it. */
const envYaml = (bullseyeReady: string) => `
flavors:
  old:
    variables:
      suite: bullseye
      ready: "${bullseyeReady}"
  new:
    default: true
    variables:
      suite: bookworm
      ready: "true"
services:
  box:
    image: debian:\${suite}
    command: [sh, -c, "echo box up; exec sleep 600"]
    ready:
      - command: ["\${ready}"]
        timeout: 5
`;

const flavorTest = `import os

import pytest


@pytest.mark.integration
def test_gets_the_flavor_and_its_variables():
    assert os.environ['DD_ENV_FLAVOR'] in ('old', 'new')
    assert os.environ['DD_ENV_VAR_SUITE'] == {'old': 'bullseye', 'new': 'bookworm'}[os.environ['DD_ENV_FLAVOR']]
`;

/**
 * `nx test` over the flavors of ci/env.yaml on the real engine: one cached task per flavor, a
 * summary table, `--unit` without Docker, and a flavor that fails to start does not stop the others.
 */
describe('flavored test runs', () => {
  let ws: WorkspaceCopy;
  const env = () => join(ws.root, 'integrations', 'flavored', 'ci', 'env.yaml');

  beforeAll(() => {
    ws = copyThisWorkspace('flavors');
    ws.nxOk(['g', '@dd/plugin:integration', 'flavored']);
    writeFileSync(env(), envYaml('true'));
    mkdirSync(join(ws.root, 'integrations', 'flavored', 'tests'), { recursive: true });
    writeFileSync(join(ws.root, 'integrations', 'flavored', 'tests', 'test_flavors.py'), flavorTest);
    ws.commit('an integration with two flavors');
  });
  afterAll(async () => {
    expect(await objectsOf(ws.root)).toEqual([]);
    ws?.dispose();
  });

  it('infers one test target per flavor and a test target over all of them', () => {
    const targets = JSON.parse(ws.nxOk(['show', 'project', 'flavored', '--json']).stdout).targets;
    expect(targets['test--old'].metadata.description).toContain('flavor old of ci/env.yaml');
    expect(targets.test.dependsOn.map((d: { target: string }) => d.target)).toEqual(['test--old', 'test--new']);
  });

  it('runs every flavor, prints the summary table, and leaves no container behind', async () => {
    const run = ws.nxOk(['test', 'flavored', '--outputStyle=static']);
    expect(run.output).toMatch(/flavored\s+new\s+passed\s+[\d.]+ s\s+3\s+0\s+0/);
    expect(run.output).toMatch(/flavored\s+old\s+passed\s+[\d.]+ s\s+3\s+0\s+0/);
    expect(
      readFileSync(join(ws.root, 'dist', 'integrations', 'flavored', 'test', 'old', 'junit.xml'), 'utf8'),
    ).toContain('test_gets_the_flavor_and_its_variables');
    expect(await objectsOf(ws.root)).toEqual([]);
  });

  it('takes an unchanged run from the cache, and re-runs only the flavor whose part of ci/env.yaml changed', () => {
    const cached = ws.nxOk(['test', 'flavored', '--outputStyle=static']);
    expect(cached.output).toMatch(/flavored\s+old\s+passed \(cache\)/);
    expect(cached.output).toMatch(/flavored\s+new\s+passed \(cache\)/);

    writeFileSync(env(), envYaml('true').replace('suite: bullseye', 'suite: bullseye\n      note: edited'));
    const edited = ws.nxOk(['test', 'flavored', '--outputStyle=static']);
    expect(edited.output).toMatch(/flavored\s+old\s+passed\s+[\d.]+ s/);
    expect(edited.output).toMatch(/flavored\s+new\s+passed \(cache\)/);
  });

  it('runs unit tests once with --unit, starting no environment', () => {
    const run = ws.nxOk(['test', 'flavored', '--unit', '--outputStyle=static']);
    expect(run.output).not.toContain('box ready');
    expect(run.output).toMatch(/flavored\s+old\s+skipped: unit tests run once, with flavor new/);
    expect(run.output).toMatch(/flavored\s+new\s+passed\s+[\d.]+ s\s+2\s+0\s+0/);
  });

  it('runs the check once against a flavor and prints what it collected, then removes the environment', async () => {
    const run = ws.nxOk(['run', 'flavored:check', '--flavor=old', '--outputStyle=static']);
    expect(run.output).toContain('FlavoredCheck (flavor old) with instance {}');
    expect(run.output).toMatch(/flavored\.up\s+gauge\s+1/);
    expect(run.output).toMatch(/flavored\.can_connect\s+OK/);
    expect(await objectsOf(ws.root)).toEqual([]);
  });

  it('reports a flavor that cannot start with its condition and log, and still runs the other one', async () => {
    writeFileSync(env(), envYaml('false'));
    const run = ws.nx(['test', 'flavored', '--outputStyle=static']);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'flavored (flavor old) service `box` was not ready after 5 s: command `false` exiting 0 in the container',
    );
    expect(run.output).toContain('| box up');
    expect(run.output).toMatch(/flavored\s+old\s+FAILED/);
    expect(run.output).toMatch(/flavored\s+new\s+passed/);
    expect(await objectsOf(ws.root)).toEqual([]);
  });
});

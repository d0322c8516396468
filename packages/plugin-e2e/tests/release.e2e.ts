import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UV_TOOL } from '@dd/plugin/src/tools/uv-tool';
import { workspaceToolLayout } from '@dd/plugin/src/tools/workspace-tool';
import { run, runOk } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

/**
 * Shipping: two integrations released once, a change to one of them (and to shared tooling),
 * then a release that bumps, changelogs and tags only that one; its wheel builds, carries the
 * right metadata, installs into a fresh virtualenv and runs from there.
 */
describe('package and release integrations', () => {
  let ws: TestWorkspace;
  const root = (name: string) => join(ws.root, 'integrations', name);
  const read = (path: string) => readFileSync(join(ws.root, path), 'utf8');
  const tags = () => ws.git(['tag', '--list']).stdout.trim().split('\n').filter(Boolean).sort();
  const head = () => ws.git(['rev-parse', 'HEAD']).stdout.trim();
  const status = () => ws.git(['status', '--porcelain']).stdout.trim();
  const commitAll = (message: string) => {
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', message]);
  };
  /** The release commits and tags: give it an identity even where git has none configured. */
  const release = (args: string[] = []) => ws.nx(['g', '@dd/plugin:release', ...args], GIT_IDENTITY);
  const releaseOk = (args: string[] = []) => ws.nxOk(['g', '@dd/plugin:release', ...args], GIT_IDENTITY);
  const wheelDir = () => join(ws.root, 'dist', 'integrations', 'alpha', 'package');

  beforeAll(() => {
    ws = createTestWorkspace('release');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta']);
    commitAll('Add alpha and beta');
  });
  afterAll(() => ws?.dispose());

  it('first tags every never-released integration at its generated version, without a commit', () => {
    const before = head();
    const first = releaseOk();
    expect(first.output).toContain('alpha: 0.1.0 (first release, tagged as it is), tag alpha-0.1.0');
    expect(tags()).toEqual(['alpha-0.1.0', 'beta-0.1.0']);
    expect(head()).toBe(before);
  });

  it('releases nothing when only shared tooling changed', () => {
    mkdirSync(join(ws.root, 'tools'), { recursive: true });
    writeFileSync(join(ws.root, 'tools', 'notes.md'), 'Shared tooling.\n');
    writeFileSync(join(root('beta'), 'tests', 'test_more.py'), 'def test_more():\n    assert True\n');
    commitAll('Change tooling and a test of beta');
    const dry = releaseOk(['--dry-run']);
    expect(dry.output).toContain('Nothing to release.');
    expect(dry.output).toContain('alpha: not released (no changes since alpha-0.1.0)');
    expect(dry.output).toContain('beta: not released (only tests, CI or changelog files changed since beta-0.1.0)');
  });

  /** Runs a release that must fail, and checks that it changed nothing. */
  const expectRefusal = (args: string[], message: RegExp) => {
    const [before, beforeTags, beforeStatus] = [head(), tags(), status()];
    const result = release(args);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect([head(), tags(), status()]).toEqual([before, beforeTags, beforeStatus]);
  };

  it('refuses a dirty tree, then a change without a changelog entry, and changes nothing', () => {
    const check = join(root('alpha'), 'datadog_checks', 'alpha', 'check.py');
    writeFileSync(check, readFileSync(check, 'utf8').replace("return {'up': 1}", "return {'up': 1, 'requests': 3}"));
    expectRefusal(
      [],
      /uncommitted changes[\s\S]*integrations\/alpha\/datadog_checks\/alpha\/check\.py[\s\S]*How to fix: commit/,
    );
    commitAll('Count requests');
    expectRefusal(
      [],
      /alpha: missing changelog entry: integrations\/alpha\/datadog_checks\/alpha\/check\.py changed since alpha-0\.1\.0/,
    );
  });

  it('refuses a version that is not a release version or goes backwards, and changes nothing', () => {
    mkdirSync(join(root('alpha'), 'changelog.d'));
    writeFileSync(join(root('alpha'), 'changelog.d', '17.added'), 'Report the number of requests.\n');
    commitAll('Changelog fragment');
    expectRefusal(
      ['--bump=v2.0.0'],
      /--bump=v2\.0\.0 is neither major, minor, patch nor a release version: it is spelled unusually: write 2\.0\.0/,
    );
    const about = join(root('alpha'), 'datadog_checks', 'alpha', '__about__.py');
    writeFileSync(about, "__version__ = '0.2'\n");
    commitAll('A version that is not a release version');
    expectRefusal(
      [],
      /integrations\/alpha\/datadog_checks\/alpha\/__about__\.py:1: __version__ is '0\.2', not a release version: it has 2 numbers instead of 3/,
    );
    writeFileSync(about, "__version__ = '0.1.0'\n");
    commitAll('Restore the version');
    expectRefusal(
      ['--bump=0.0.9'],
      /--bump=0\.0\.9 does not come after the current version 0\.1\.0: versions never go backwards/,
    );
  });

  it('shows the whole release under --dry-run and writes nothing', () => {
    const [before, beforeTags] = [head(), tags()];
    const dry = releaseOk(['--dry-run']);
    expect(dry.output).toContain('alpha: 0.1.0 -> 0.2.0 (minor bump), tag alpha-0.2.0');
    expect(dry.output).toContain('* Report the number of requests. (#17)');
    expect(dry.output).toContain('Commit: Release alpha 0.2.0');
    expect([head(), tags(), status()]).toEqual([before, beforeTags, '']);
  });

  it('bumps, changelogs, commits and tags only the integration that changed', () => {
    releaseOk();
    expect(tags()).toEqual(['alpha-0.1.0', 'alpha-0.2.0', 'beta-0.1.0']);
    expect(ws.git(['rev-list', '-n', '1', 'alpha-0.2.0']).stdout.trim()).toBe(head());
    expect(status()).toBe('');
    const files = ws.git(['show', '--name-only', '--format=%s', 'HEAD']).stdout.trim().split('\n');
    expect(files).toEqual([
      'Release alpha 0.2.0',
      '',
      'integrations/alpha/CHANGELOG.md',
      'integrations/alpha/changelog.d/17.added',
      'integrations/alpha/datadog_checks/alpha/__about__.py',
      'integrations/alpha/manifest.json',
    ]);
    expect(read('integrations/alpha/datadog_checks/alpha/__about__.py')).toBe("__version__ = '0.2.0'\n");
    expect(JSON.parse(read('integrations/alpha/manifest.json')).version).toBe('0.2.0');
    expect(read('integrations/alpha/CHANGELOG.md')).toMatch(
      /^# CHANGELOG - Alpha\n\n## 0\.2\.0 \/ \d{4}-\d\d-\d\d\n\n\*\*\*Added\*\*\*:\n\n\* Report the number of requests\. \(#17\)\n\n## 0\.1\.0\n/,
    );
    expect(read('integrations/beta/datadog_checks/beta/__about__.py')).toBe("__version__ = '0.1.0'\n");
    expect(ws.nxOk(['lint', 'alpha']).output).toContain('no problems found');
  });

  it('builds a wheel and an sdist, and answers a re-run from the cache', () => {
    const built = ws.nxOk(['run', 'alpha:package']);
    expect(built.output).toContain(
      'datadog-agent integration install -w dist/integrations/alpha/package/datadog_alpha-0.2.0-py3-none-any.whl',
    );
    expect(existsSync(join(wheelDir(), 'datadog_alpha-0.2.0-py3-none-any.whl'))).toBe(true);
    expect(existsSync(join(wheelDir(), 'datadog_alpha-0.2.0.tar.gz'))).toBe(true);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(
      'Nx read the output from the cache instead of running the command for 1 out of 1 tasks',
    );
  });

  it('rebuilds for a README change but not for a CI file or changelog change', () => {
    writeFileSync(join(root('alpha'), 'ci', 'env.yaml'), `${read('integrations/alpha/ci/env.yaml')}# more\n`);
    writeFileSync(join(root('alpha'), 'CHANGELOG.md'), `${read('integrations/alpha/CHANGELOG.md')}\nMore history.\n`);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(
      'from the cache instead of running the command for 1 out of 1 tasks',
    );
    writeFileSync(join(root('alpha'), 'README.md'), `${read('integrations/alpha/README.md')}\nMore words.\n`);
    expect(ws.nxOk(['run', 'alpha:package']).output).not.toContain('from the cache');
    ws.git(['checkout', '--', 'integrations/alpha']);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(
      'from the cache instead of running the command for 1 out of 1 tasks',
    );
  });

  it('has the metadata of the integration: name, version, requirements, license and README', () => {
    const metadata = runOk(
      'python3',
      [
        '-c',
        'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("datadog_alpha-0.2.0.dist-info/METADATA").decode())',
        join(wheelDir(), 'datadog_alpha-0.2.0-py3-none-any.whl'),
      ],
      ws.root,
    ).stdout;
    const [headers, description] = metadata.split(/\r?\n\r?\n([\s\S]*)/);
    expect(headers).toMatch(/^Name: datadog-alpha$/m);
    expect(headers).toMatch(/^Version: 0\.2\.0$/m);
    expect(headers).toMatch(/^License-Expression: BSD-3-Clause$/m);
    expect(headers).toMatch(/^Description-Content-Type: text\/markdown$/m);
    const requirements = read('integrations/alpha/requirements.txt')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(
      headers
        .split('\n')
        .filter((l) => l.startsWith('Requires-Dist: '))
        .map((l) => l.slice('Requires-Dist: '.length)),
    ).toEqual(requirements);
    expect(description.trim()).toBe(read('integrations/alpha/README.md').trim());
  });

  it('installs into a fresh virtualenv with datadog-checks-base and runs from there', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'dd-e2e-wheel-'));
    try {
      const venv = join(scratch, 'venv');
      const python = join(venv, 'bin', 'python');
      const uv = workspaceToolLayout(ws.root, UV_TOOL, process.platform).binary;
      runOk(uv, ['venv', '--quiet', '--python', 'python3', venv], scratch);
      const wheel = join(wheelDir(), 'datadog_alpha-0.2.0-py3-none-any.whl');
      runOk(uv, ['pip', 'install', '--quiet', '--python', python, 'datadog-checks-base[deps]', wheel], scratch);
      const probe = [
        'import json',
        'import datadog_checks.alpha as m',
        'from datadog_checks.base.stubs import aggregator',
        "error = m.AlphaCheck('alpha', {}, [{'tags': ['suite:e2e']}]).run()",
        "print(json.dumps({'error': error, 'file': m.__file__, 'version': m.__version__,",
        "  'requests': [p.value for p in aggregator.metrics('alpha.requests')],",
        "  'can_connect': [s.status for s in aggregator.service_checks('alpha.can_connect')]}))",
      ].join('\n');
      const result = JSON.parse(runOk(python, ['-c', probe], scratch).stdout);
      expect(result).toEqual({
        error: '',
        file: expect.stringContaining(join(venv, 'lib')),
        version: '0.2.0',
        requests: [3],
        can_connect: [0],
      });
      expect(result.file).toMatch(/site-packages\/datadog_checks\/alpha\/__init__\.py$/);
      expect(result.file.startsWith(ws.root)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('a further release finds nothing to do', () => {
    expect(releaseOk(['--dry-run']).output).toContain('Nothing to release.');
    expect(run('git', ['status', '--porcelain'], ws.root).stdout.trim()).toBe('');
  });
});

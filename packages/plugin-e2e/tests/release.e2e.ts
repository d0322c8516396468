import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UV_TOOL } from '@dd/plugin/src/tools/uv-tool';
import { workspaceToolLayout } from '@dd/plugin/src/tools/workspace-tool';
import { freePort } from '../src/local-server';
import { startPackageIndexServer, type PackageIndexServer } from '../src/package-index-server';
import { runOk } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

/**
 * Releasing through `nx release` on a real git repository with two integrations released before
 * (tags alpha-0.1.0 and beta-0.1.0), publishing to a real package index on 127.0.0.1 (pypiserver
 * with upload authentication), and installing from that index as an Agent's Python would.
 */
describe('nx release of integrations, published to a package index', () => {
  let ws: TestWorkspace;
  let index: PackageIndexServer;
  const root = (name: string) => join(ws.root, 'integrations', name);
  const read = (path: string) => readFileSync(join(ws.root, path), 'utf8');
  const tags = () => ws.git(['tag', '--list']).stdout.trim().split('\n').filter(Boolean).sort();
  const head = () => ws.git(['rev-parse', 'HEAD']).stdout.trim();
  const status = () => ws.git(['status', '--porcelain']).stdout.trim();
  const commitAll = (message: string) => {
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', message]);
  };
  const credentials = (password = index.password) => ({
    UV_PUBLISH_URL: index.url,
    UV_PUBLISH_USERNAME: index.username,
    UV_PUBLISH_PASSWORD: password,
  });
  const release = (args: string[], env: Record<string, string> = {}) =>
    ws.nx(['release', ...args], { ...GIT_IDENTITY, ...env });
  const onIndex = () => readdirSync(index.packages).sort();
  const ALPHA_FILES = ['integrations/alpha/CHANGELOG.md', 'integrations/alpha/datadog_checks/alpha/__about__.py'];
  /** What a release may change: commits, tags, the working tree and the release files' contents. */
  const state = () => [head(), tags(), status(), ...ALPHA_FILES.map(read)];

  /** Runs a release that must fail and checks that it changed nothing. */
  const expectRefusal = (args: string[], message: RegExp, env: Record<string, string> = {}) => {
    const before = state();
    const result = release(args, env);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(state()).toEqual(before);
    return result;
  };

  beforeAll(async () => {
    index = await startPackageIndexServer();
    ws = createTestWorkspace('release');
    // The guide's manifest keeps a version, which releases keep in step with __about__.py.
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha', '--manifestVersion=1']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta', '--manifestVersion=1']);
    // As init writes it: version plans (.nx/version-plans) are committed, Nx's caches are not.
    writeFileSync(
      join(ws.root, '.gitignore'),
      read('.gitignore').replace(/^\.nx\/$/m, '.nx/cache\n.nx/workspace-data'),
    );
    commitAll('Add alpha and beta');
    // Their first release, as generated: 0.0.1 and changelog.d/1.added (Initial Release) make 0.1.0.
    ws.nxOk(['release', '--skip-publish'], GIT_IDENTITY);
    expect(tags()).toEqual(['alpha-0.1.0', 'beta-0.1.0']);
  });
  afterAll(async () => {
    ws?.dispose();
    await index?.stop();
  });

  it('previews the release of the changed integration with --dry-run, on a dirty tree, and changes nothing', () => {
    const check = join(root('alpha'), 'datadog_checks', 'alpha', 'check.py');
    writeFileSync(check, readFileSync(check, 'utf8').replace("return {'up': 1}", "return {'up': 1, 'requests': 3}"));
    commitAll('Count requests');
    mkdirSync(join(root('alpha'), 'changelog.d'), { recursive: true });
    writeFileSync(join(root('alpha'), 'changelog.d', '17.added'), 'Report the number of requests.\n');
    writeFileSync(join(ws.root, 'notes.txt'), 'work in progress\n');
    const before = state();
    const dry = release(['--dry-run', '--skip-publish']);
    expect(dry.status).toBe(0);
    expect(dry.output).toContain(
      'alpha ❓ 0.1.0 + minor (from integrations/alpha/changelog.d/17.added) = 0.2.0 (PEP 440), tag alpha-0.2.0',
    );
    expect(dry.output).toMatch(
      /\+ ## 0\.2\.0 \/ \d{4}-\d\d-\d\d\n\+\s*\n\+ \*\*\*Added\*\*\*:\n\+\s*\n\+ \* Report the number of requests\. \(#17\)/,
    );
    expect(dry.output).toMatch(/- __version__ = '0\.1\.0'\n\+ __version__ = '0\.2\.0'/);
    expect(dry.output).toContain('beta 🚫 No changes were detected within version plans');
    expect(dry.output).not.toMatch(/alpha ❓.*\n[\s\S]*beta ❓/);
    expect(state()).toEqual(before);
    expect(status()).toContain('?? notes.txt');
    rmSync(join(ws.root, 'notes.txt'));
    commitAll('Changelog fragment');
  });

  it('stops at the file and line of a bad fragment or a version that is not PEP 440, before writing anything', () => {
    const bad = join(root('alpha'), 'changelog.d', '18.fix');
    writeFileSync(bad, 'Fix the port.\n');
    expectRefusal(
      ['--skip-publish'],
      /integrations\/alpha\/changelog\.d\/18\.fix:1: changelog fragment '18\.fix' has the unknown type 'fix'; expected one of removed, changed, security, deprecated, added, fixed\n\s*How to fix: describe the change in integrations\/alpha\/changelog\.d\//,
    );
    rmSync(bad);
    const about = join(root('beta'), 'datadog_checks', 'beta', '__about__.py');
    writeFileSync(about, "# the version\n__version__ = 'one'\n");
    expectRefusal(
      ['--dry-run', '--skip-publish'],
      /integrations\/beta\/datadog_checks\/beta\/__about__\.py:2: __version__ is 'one', not a release version: it is not a Python package version \(PEP 440\)/,
    );
    ws.git(['checkout', '--', 'integrations/beta']);
    expect(status()).toBe('');
  });

  it('puts every file back when the commit fails: a failing commit hook, a missing git identity', () => {
    const hook = join(ws.root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "pre-commit: not today" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const hooked = expectRefusal(['--skip-publish'], /not today/);
    expect(hooked.output).toMatch(
      /The release stopped before its commit: .*integrations\/alpha\/changelog\.d\/17\.added.* are back as before/,
    );
    rmSync(hook);

    const noIdentity = join(mkdtempSync(join(tmpdir(), 'dd-e2e-git-')), 'gitconfig');
    writeFileSync(noIdentity, '[user]\n\tuseConfigOnly = true\n');
    const anonymous = { GIT_CONFIG_GLOBAL: noIdentity, GIT_CONFIG_NOSYSTEM: '1' };
    const blank = { GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '' };
    const before = state();
    const result = ws.nx(['release', '--skip-publish'], { ...blank, ...anonymous });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/identity|ident name|tell me who you are/i);
    expect(result.output).toContain('are back as before');
    expect(state()).toEqual(before);
    rmSync(join(noIdentity, '..'), { recursive: true, force: true });
  });

  it('versions, changelogs, commits, tags and publishes only the changed integration', () => {
    const result = release(['--yes'], credentials());
    expect(result.status).toBe(0);
    expect(tags()).toEqual(['alpha-0.1.0', 'alpha-0.2.0', 'beta-0.1.0']);
    expect(ws.git(['rev-list', '-n', '1', 'alpha-0.2.0']).stdout.trim()).toBe(head());
    expect(status()).toBe('');
    expect(ws.git(['show', '--name-only', '--format=%s%n%b', 'HEAD']).stdout.trim().split('\n')).toEqual([
      'Release',
      '- project: alpha 0.2.0',
      '',
      '',
      'integrations/alpha/CHANGELOG.md',
      'integrations/alpha/changelog.d/17.added',
      'integrations/alpha/datadog_checks/alpha/__about__.py',
      'integrations/alpha/manifest.json',
    ]);
    expect(read('integrations/alpha/datadog_checks/alpha/__about__.py')).toBe("__version__ = '0.2.0'\n");
    expect(JSON.parse(read('integrations/alpha/manifest.json')).version).toBe('0.2.0');
    expect(read('integrations/alpha/CHANGELOG.md')).toMatch(
      /^# CHANGELOG - Alpha\n\n<!-- towncrier release notes start -->\n\n## 0\.2\.0 \/ \d{4}-\d\d-\d\d\n\n\*\*\*Added\*\*\*:\n\n\* Report the number of requests\. \(#17\)\n\n## 0\.1\.0 \/ \d{4}-\d\d-\d\d\n\n\*\*\*Added\*\*\*:\n\n\* Initial Release \(#1\)\n/,
    );
    expect(read('integrations/beta/datadog_checks/beta/__about__.py')).toBe("__version__ = '0.1.0'\n");
    expect(result.output).toContain('Skipped beta: this release gives it no new version.');
    expect(result.output).toMatch(
      /Published datadog-alpha 0\.2\.0 to http:\/\/127\.0\.0\.1:\d+\/: datadog_alpha-0\.2\.0-py3-none-any\.whl, datadog_alpha-0\.2\.0\.tar\.gz/,
    );
    expect(onIndex()).toEqual(['datadog_alpha-0.2.0-py3-none-any.whl', 'datadog_alpha-0.2.0.tar.gz']);
    expect(ws.nxOk(['lint', 'alpha']).output).toContain('no problems found');
    // The package nx release built was hashed on the released files, not on those before it.
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(
      'from the cache instead of running the command for 1 out of 1 tasks',
    );
  });

  it('fails a publish in one line with the reason, uploading nothing: wrong credentials, an unreachable index', async () => {
    const closed = await freePort();
    const wrong = ws.nx(['release', 'publish', '--projects=beta'], credentials('not-the-password'));
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(
      /Could not publish to http:\/\/127\.0\.0\.1:\d+\/: the index answered 403 Forbidden\n\s*How to fix: set UV_PUBLISH_USERNAME and UV_PUBLISH_PASSWORD/,
    );
    const down = ws.nx(['release', 'publish', '--projects=beta'], {
      ...credentials(),
      UV_PUBLISH_URL: `http://127.0.0.1:${closed}/`,
    });
    expect(down.status).not.toBe(0);
    expect(down.output).toContain(`The package index at http://127.0.0.1:${closed} did not answer: ECONNREFUSED.`);
    const none = ws.nx(['release', 'publish', '--projects=beta'], { UV_PUBLISH_URL: '' });
    expect(none.output).toContain('No package index to publish beta to.');
    expect(onIndex().filter((f) => f.includes('beta'))).toEqual([]);
  });

  it('resumes with nx release publish: what the index has is skipped, what it lacks is uploaded', () => {
    const resumed = ws.nxOk(['release', 'publish'], credentials());
    // alpha 0.2.0 is on the index whole: nothing of it is built or uploaded.
    expect(resumed.output).toContain('datadog-alpha 0.2.0 is published already (wheel and sdist).');
    expect(resumed.output).not.toContain('nx run alpha:package');
    expect(resumed.output).toMatch(/Published datadog-beta 0\.1\.0 to /);
    expect(onIndex()).toEqual([
      'datadog_alpha-0.2.0-py3-none-any.whl',
      'datadog_alpha-0.2.0.tar.gz',
      'datadog_beta-0.1.0-py3-none-any.whl',
      'datadog_beta-0.1.0.tar.gz',
    ]);
    expect(ws.nxOk(['release', 'publish'], credentials()).output).toContain(
      'datadog-beta 0.1.0 is published already (wheel and sdist).',
    );
  });

  it('refuses to publish a new version the index has already, from an Nx version plan, uploading nothing', () => {
    // Someone else publishes beta 0.1.1 first, built from another tree.
    const about = join(root('beta'), 'datadog_checks', 'beta', '__about__.py');
    writeFileSync(about, "__version__ = '0.1.1'\n");
    ws.nxOk(['run', 'beta:package', '--skip-nx-cache']);
    const built = join(ws.root, 'dist', 'integrations', 'beta', 'package');
    const uv = workspaceToolLayout(ws.root, UV_TOOL, process.platform).binary;
    runOk(
      uv,
      ['publish', '--publish-url', index.url, ...readdirSync(built).map((f) => join(built, f))],
      ws.root,
      credentials(),
    );
    ws.git(['checkout', '--', 'integrations/beta']);
    const copies = onIndex();

    mkdirSync(join(ws.root, '.nx', 'version-plans'), { recursive: true });
    writeFileSync(
      join(ws.root, '.nx', 'version-plans', 'fix-tags.md'),
      '---\nbeta: patch\n---\n\nTag the metrics with the port.\n',
    );
    commitAll('Version plan for beta');
    const result = release(['--yes'], credentials());
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /Could not publish beta 0\.1\.1: http:\/\/127\.0\.0\.1:\d+\/simple\/ already has datadog_beta-0\.1\.1-py3-none-any\.whl and datadog_beta-0\.1\.1\.tar\.gz; nothing was uploaded\./,
    );
    expect(read('integrations/beta/CHANGELOG.md')).toMatch(
      /## 0\.1\.1 \/ [\d-]+\n\n\*\*\*Fixed\*\*\*:\n\n\* Tag the metrics with the port\.\n/,
    );
    expect(tags()).toContain('beta-0.1.1');
    expect(onIndex()).toEqual(copies);
  });

  it('installs from the index with pip into a fresh virtualenv, beside datadog-checks-base, and runs the check', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'dd-e2e-install-'));
    try {
      const venv = join(scratch, 'venv');
      const python = join(venv, 'bin', 'python');
      runOk('python3', ['-m', 'venv', venv], scratch);
      runOk(
        python,
        [
          '-m',
          'pip',
          'install',
          '--quiet',
          '--index-url',
          index.simpleUrl,
          'datadog-alpha==0.2.0',
          'datadog-checks-base[deps]',
        ],
        scratch,
      );
      const probe = [
        'import json',
        'from datadog_checks.alpha import AlphaCheck, __version__',
        'from datadog_checks.base.stubs import aggregator',
        "error = AlphaCheck('alpha', {}, [{'tags': ['suite:e2e']}]).run()",
        "print(json.dumps({'error': error, 'version': __version__,",
        "  'requests': [p.value for p in aggregator.metrics('alpha.requests')]}))",
      ].join('\n');
      expect(JSON.parse(runOk(python, ['-c', probe], scratch).stdout)).toEqual({
        error: '',
        version: '0.2.0',
        requests: [3],
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('makes the first release of a new integration from its changelog.d, and publishes only released versions', () => {
    ws.nxOk(['g', '@dd/plugin:integration', 'gamma']);
    commitAll('Add gamma');
    const unreleased = ws.nxOk(['release', 'publish', '--projects=gamma'], credentials());
    expect(unreleased.output).toContain(
      'Skipped gamma: 0.0.1 is not released (no tag gamma-0.0.1); nx release makes the release, then publishes it.',
    );
    expect(onIndex().filter((f) => f.includes('gamma'))).toEqual([]);

    const first = release(['--projects=gamma', '--yes'], credentials());
    expect(first.status).toBe(0);
    expect(first.output).toContain('gamma ❓ 0.0.1 + minor (from integrations/gamma/changelog.d/1.added) = 0.1.0');
    expect(tags()).toContain('gamma-0.1.0');
    expect(ws.git(['rev-list', '-n', '1', 'gamma-0.1.0']).stdout.trim()).toBe(head());
    expect(read('integrations/gamma/CHANGELOG.md')).toMatch(
      /^# CHANGELOG - Gamma\n\n<!-- towncrier release notes start -->\n\n## 0\.1\.0 \/ \d{4}-\d\d-\d\d\n\n\*\*\*Added\*\*\*:\n\n\* Initial Release \(#1\)\n/,
    );
    expect(read('integrations/gamma/datadog_checks/gamma/__about__.py')).toBe("__version__ = '0.1.0'\n");
    expect(onIndex().filter((f) => f.includes('gamma'))).toEqual([
      'datadog_gamma-0.1.0-py3-none-any.whl',
      'datadog_gamma-0.1.0.tar.gz',
    ]);
  });
});

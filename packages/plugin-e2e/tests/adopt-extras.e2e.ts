/** @requires extras: a snapshot of DataDog/integrations-extras (DD_INTEGRATIONS_EXTRAS); nothing of it is kept. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adoptRepository, extrasSnapshot, type AdoptedWorkspace } from '../src/extras-workspace';

/** Real integrations of several kinds: a tile, checks with and without a manifest. */
const FOLDERS = ['statsig_rum', 'rundeck', 'warpstream', 'gnatsd', 'ably'];
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

function git(cwd: string, args: string[], input?: Buffer): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, input, maxBuffer: 256 * 1024 * 1024 }).toString();
}

/**
 * A small history made from the snapshot's own: the folders as they were before their last six
 * commits, then those six commits replayed folder by folder, each with the folders it touched.
 * Returns the fixture's path and, per replayed commit, the folders it changed.
 */
function buildFixtureHistory(snapshot: string): {
  root: string;
  replayed: { commit: string; folders: string[]; removesMarker: boolean }[];
} {
  const root = mkdtempSync(join(tmpdir(), 'dd-e2e-extras-fixture-'));
  const commits = git(snapshot, ['log', '--format=%H', '-6', '--no-merges', 'HEAD', '--', ...FOLDERS])
    .trim()
    .split('\n')
    .reverse();
  git(root, ['init', '--quiet', '--initial-branch=master']);
  const checkoutFolders = (commit: string) => {
    for (const folder of FOLDERS) rmSync(join(root, folder), { recursive: true, force: true });
    const present = git(snapshot, ['ls-tree', '--name-only', commit, ...FOLDERS])
      .trim()
      .split('\n')
      .filter(Boolean);
    if (present.length > 0)
      execFileSync('tar', ['-x', '-C', root], {
        input: execFileSync('git', ['archive', commit, ...present], { cwd: snapshot, maxBuffer: 256 * 1024 * 1024 }),
      });
  };
  checkoutFolders(`${commits[0]}^`);
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', 'The integrations as they were']);
  const replayed = commits.map((commit) => {
    checkoutFolders(commit);
    git(root, ['add', '-A']);
    git(root, ['commit', '--quiet', '--allow-empty', '-m', git(snapshot, ['log', '-1', '--format=%s', commit]).trim()]);
    const head = git(root, ['rev-parse', 'HEAD']).trim();
    const folders = [
      ...new Set(
        git(root, ['diff', '--name-only', `${head}^`, head])
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((f) => f.split('/')[0]!),
      ),
    ].sort();
    const removed = git(root, ['diff', '--name-only', '--diff-filter=D', `${head}^`, head])
      .trim()
      .split('\n');
    return {
      commit: head,
      folders,
      removesMarker: removed.some((f) => /^[^/]+\/(manifest\.json|pyproject\.toml|setup\.py)$/.test(f)),
    };
  });
  return { root, replayed };
}

describe('integrations-extras adopted in place', () => {
  const snapshot = extrasSnapshot()!;
  let fixture: ReturnType<typeof buildFixtureHistory>;
  let ws: AdoptedWorkspace;

  beforeAll(() => {
    fixture = buildFixtureHistory(snapshot);
    ws = adoptRepository(fixture.root, 'extras');
  });
  afterAll(() => {
    ws?.dispose();
    if (fixture) rmSync(fixture.root, { recursive: true, force: true });
  });

  it('registers the root layout and infers every folder by kind, changing nothing inside them', () => {
    expect(JSON.parse(ws.git(['show', 'HEAD:nx.json']).stdout)).toMatchObject({
      defaultBase: 'master',
      plugins: [{ plugin: '@dd/plugin', options: { integrations: '*' } }],
    });
    expect(ws.git(['show', '--stat', '--format=', 'HEAD']).stdout).not.toMatch(
      new RegExp(`^ (${FOLDERS.join('|')})/`, 'm'),
    );
    const shown = (name: string) => JSON.parse(ws.nxOk(['show', 'project', name, '--json']).stdout);
    expect(ws.nxOk(['show', 'projects']).stdout.trim().split('\n').sort()).toEqual([...FOLDERS].sort());
    const tile = shown('statsig_rum');
    expect(tile.tags).toContain('kind:tile');
    expect(Object.keys(tile.targets).sort()).toEqual(['ci', 'lint']);
    const rundeck = shown('rundeck');
    expect(rundeck.tags).toContain('kind:python');
    expect(Object.keys(rundeck.targets)).toEqual(expect.arrayContaining(['setup', 'lint', 'test', 'package', 'ci']));
    expect(Object.keys(rundeck.targets)).not.toContain('install');
    expect(shown('warpstream').metadata.description).toContain('no manifest.json');
  });

  it('names, for each replayed commit, exactly the folders it touched; all, where it removed a project file', () => {
    expect(fixture.replayed.filter((r) => !r.removesMarker).length).toBeGreaterThan(3);
    for (const { commit, folders, removesMarker } of fixture.replayed) {
      const affected = ws
        .nxOk(['show', 'projects', '--affected', `--base=${commit}^`, `--head=${commit}`])
        .stdout.trim()
        .split('\n')
        .filter(Boolean)
        .sort();
      // Nx's rule: a removed file that can define a project (warpstream's manifest.json, moved elsewhere) may have removed a project
      expect({ commit, affected }).toEqual({ commit, affected: removesMarker ? [...FOLDERS].sort() : folders });
    }
  });

  it('makes the environment on the Python the integration declares, and says which and why', () => {
    const setup = ws.nx(['run', 'rundeck:setup']);
    const found = /^Python (3\.13\.\d+) \((\S+)\): hatch\.toml tests it on Python 3\.13\.$/m.exec(setup.output);
    if (setup.status === 0) {
      expect(found).not.toBeNull();
      expect(setup.output).toContain('Python environment rundeck/.venv ready');
    } else {
      // a machine without Python 3.13: one sentence that says what to install
      expect(setup.output).toContain(
        'rundeck needs Python 3.13 (hatch.toml tests it on Python 3.13), and none is installed on this machine.',
      );
    }
    expect(setup.output).not.toMatch(/^\s+at .*\(.*\.js:\d+:\d+\)$/m);
  });

  it("judges lint as Datadog's CI does: ruff from the tool folder, no virtualenv, advice never fails", () => {
    const all = ws.nx(['run-many', '-t', 'lint', '--skip-nx-cache']);
    expect(all.status).toBe(0);
    expect(all.output).toMatch(/Successfully ran target lint for 5 projects/);
    // ably's README has Overview and Setup, as ddev asks; the guide's other sections are advice
    const ably = ws.nx(['lint', 'ably', '--skip-nx-cache']);
    expect(ably.output).toMatch(/warning\s+README\.md has no '\w+' section\s+readme\/guide-section/);
    expect(ably.output).not.toMatch(/readme\/missing-section/);
    const check = join(ws.root, 'gnatsd', 'datadog_checks', 'gnatsd', 'gnatsd.py');
    const original = readFileSync(check, 'utf8');
    try {
      writeFileSync(check, `import os\n${original}`);
      const python = ws.nx(['lint', 'gnatsd', '--skip-nx-cache']);
      expect(python.status).not.toBe(0);
      expect(python.output).toMatch(/1:8\s+error\s+`os` imported but unused\s+python\/F401/);
    } finally {
      writeFileSync(check, original);
    }
    expect(existsSync(join(ws.root, 'gnatsd', '.venv'))).toBe(false);
  });

  it('keeps the graph when a manifest is broken or two folders share a name, reporting the duplicate once', () => {
    writeFileSync(join(ws.root, 'ably', 'manifest.json'), '{ "name": ');
    mkdirSync(join(ws.root, 'nested'));
    ws.git(['mv', 'gnatsd', 'nested/gnatsd']);
    mkdirSync(join(ws.root, 'gnatsd'));
    writeFileSync(join(ws.root, 'gnatsd', 'manifest.json'), '{}\n');
    const nxJson = JSON.parse(ws.git(['show', 'HEAD:nx.json']).stdout);
    nxJson.plugins[0].options.integrations = '{*,nested/*}';
    writeFileSync(join(ws.root, 'nx.json'), JSON.stringify(nxJson, null, 2));
    const shown = ws.nxOk(['show', 'projects']);
    expect(shown.stdout.trim().split('\n').sort()).toEqual([...FOLDERS].sort());
    expect(shown.stderr.match(/another integration folder, gnatsd, has the same name 'gnatsd'/g)).toHaveLength(1);
    expect(shown.stderr).toContain('@dd/plugin: nested/gnatsd: ');
    const lint = ws.nx(['lint', 'ably', '--skip-nx-cache']);
    expect(lint.output).toMatch(/ably\/manifest\.json\n\s+1:\d+\s+error\s+manifest\.json is not valid JSON/);
    expect(lint.output).not.toMatch(/^\s+at .*\(.*\.js:\d+:\d+\)$/m);
  });
});

import { logger, type ProjectGraph, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import type { ReleaseGit } from '../../adapters/git';
import { UserError } from '../../errors/user-error';
import { releaseGenerator, type ReleaseDependencies } from './generator';

const NOW = new Date('2024-05-01T10:00:00Z');

function graphOf(...names: string[]): ProjectGraph {
  const nodes = Object.fromEntries(
    names.map((name) => [
      name,
      { name, type: 'lib' as const, data: { root: `integrations/${name}`, tags: ['type:integration'] } },
    ]),
  );
  return {
    nodes: { ...nodes, tooling: { name: 'tooling', type: 'lib', data: { root: 'tools', tags: [] } } },
    dependencies: {},
  };
}

function addIntegration(tree: Tree, name: string, version = '0.1.0') {
  tree.write(`integrations/${name}/datadog_checks/${name}/__about__.py`, `__version__ = '${version}'\n`);
  tree.write(`integrations/${name}/manifest.json`, `{\n  "name": "${name}",\n  "version": "${version}"\n}\n`);
  tree.write(`integrations/${name}/CHANGELOG.md`, `# CHANGELOG - ${name}\n\n## ${version}\n\n* Initial release.\n`);
}

/** A git that records what it is asked to do; `a` and `b` are released at 0.1.0 and `a` changed. */
function fakeGit(status: string[] = []) {
  const calls: string[] = [];
  const git: ReleaseGit = {
    status: async () => status,
    tags: async (prefix) => ['a-0.1.0', 'b-0.1.0'].filter((t) => t.startsWith(prefix)),
    changedSince: async (_ref, path) =>
      path === 'integrations/a'
        ? ['integrations/a/datadog_checks/a/check.py', 'integrations/a/changelog.d/3.fixed']
        : [],
    commit: async (paths, message) => void calls.push(`commit ${paths.join(' ')}: ${message.split('\n')[0]}`),
    tag: async (name, message) => void calls.push(`tag ${name}: ${message}`),
  };
  return { git, calls };
}

describe('release generator', () => {
  let tree: Tree;
  beforeEach(() => {
    jest.spyOn(logger, 'info').mockImplementation(() => undefined);
    tree = createTreeWithEmptyWorkspace();
    addIntegration(tree, 'a');
    addIntegration(tree, 'b');
    tree.write('integrations/a/changelog.d/3.fixed', 'Fix the port.\n');
  });
  afterEach(() => jest.restoreAllMocks());
  const deps = (git: ReleaseGit, ...names: string[]): ReleaseDependencies => ({
    git,
    projectGraph: async () => graphOf(...(names.length ? names : ['a', 'b'])),
    now: NOW,
  });
  const changedPaths = () =>
    tree
      .listChanges()
      .map((c) => `${c.type} ${c.path}`)
      .filter((c) => c.includes('integrations/'))
      .sort();

  it('bumps, changelogs, commits and tags only the integration that changed', async () => {
    const before = changedPaths();
    const { git, calls } = fakeGit();
    const callback = await releaseGenerator(tree, {}, deps(git));
    expect(tree.read('integrations/a/datadog_checks/a/__about__.py', 'utf-8')).toBe("__version__ = '0.1.1'\n");
    expect(tree.read('integrations/a/manifest.json', 'utf-8')).toContain('"version": "0.1.1"');
    expect(tree.read('integrations/a/CHANGELOG.md', 'utf-8')).toContain(
      '## 0.1.1 / 2024-05-01\n\n***Fixed***:\n\n* Fix the port. (#3)\n',
    );
    expect(tree.exists('integrations/a/changelog.d/3.fixed')).toBe(false);
    expect(tree.read('integrations/b/datadog_checks/b/__about__.py', 'utf-8')).toBe("__version__ = '0.1.0'\n");
    expect(calls).toEqual([]);
    await callback();
    expect(calls).toEqual(['commit integrations/a: Release a 0.1.1', 'tag a-0.1.1: a 0.1.1']);
    expect(before).not.toEqual(changedPaths());
  });

  it('refuses a dirty working tree and changes nothing', async () => {
    const { git, calls } = fakeGit([' M integrations/a/datadog_checks/a/check.py']);
    const before = changedPaths();
    await expect(releaseGenerator(tree, {}, deps(git))).rejects.toThrow(
      /uncommitted changes[\s\S]*M integrations\/a\/datadog_checks\/a\/check.py/,
    );
    expect(changedPaths()).toEqual(before);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a version that goes backwards', { bump: '0.0.1' }, /--bump=0.0.1 does not come after the current version 0.1.0/],
    [
      'a version that is not a release version',
      { bump: 'one' },
      /--bump=one is neither major, minor, patch nor a release version/,
    ],
    [
      'an unknown project',
      { projects: 'a,zzz' },
      /'zzz' is not an integration of this workspace[\s\S]*choose among: a, b/,
    ],
  ])('stops on %s, with a UserError, and changes nothing', async (_case, schema, message) => {
    const { git, calls } = fakeGit();
    const before = changedPaths();
    const failure = releaseGenerator(tree, schema, deps(git));
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(releaseGenerator(tree, schema, deps(git))).rejects.toThrow(message);
    expect(changedPaths()).toEqual(before);
    expect(calls).toEqual([]);
  });

  it('stops on a change without a changelog fragment', async () => {
    tree.delete('integrations/a/changelog.d/3.fixed');
    const { git } = fakeGit();
    await expect(releaseGenerator(tree, {}, deps(git))).rejects.toThrow(
      /a: missing changelog entry: integrations\/a\/datadog_checks\/a\/check.py changed since a-0.1.0/,
    );
  });

  it('considers only --projects', async () => {
    const { git, calls } = fakeGit();
    await (
      await releaseGenerator(tree, { projects: 'b' }, deps(git))
    )();
    expect(calls).toEqual([]);
    expect(tree.read('integrations/a/datadog_checks/a/__about__.py', 'utf-8')).toBe("__version__ = '0.1.0'\n");
  });
});

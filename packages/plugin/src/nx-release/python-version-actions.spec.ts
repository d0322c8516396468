import type { ProjectGraph, Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import type { ReleaseGroupWithName } from 'nx/src/command-line/release/config/filter-release-groups';
import type { GuardedFile } from '../adapters/restore-on-failed-exit';
import { UserError } from '../errors/user-error';
import { FROM_FRAGMENT } from './fragment-version-plans';
import PythonVersionActions from './python-version-actions';
import type { ReleasePorts } from './release-ports';

const manifestV1 = (version: string) => `{\n  "name": "a",\n  "version": "${version}",\n  "type": "check"\n}\n`;

function addProject(tree: Tree, name: string, files: Record<string, string> = {}): void {
  const root = `integrations/${name}`;
  tree.write(`${root}/pyproject.toml`, `[project]\nname = "datadog-${name}"\ndynamic = ["version"]\n`);
  tree.write(`${root}/datadog_checks/${name}/__about__.py`, "__version__ = '0.1.0'\n");
  tree.write(`${root}/CHANGELOG.md`, `# CHANGELOG - ${name}\n\n## 0.1.0\n\n* Initial release.\n`);
  for (const [path, text] of Object.entries(files)) tree.write(`${root}/${path}`, text);
}

const node = (name: string) => ({ name, type: 'lib' as const, data: { root: `integrations/${name}` } });
const graph = (...names: string[]): ProjectGraph => ({
  nodes: Object.fromEntries(names.map((n) => [n, node(n)])),
  dependencies: {},
});

interface Fakes {
  tags?: string[];
  changed?: string[];
  existingTags?: string[];
}

/** The version actions of one project, on fakes for git, the clock and the rollback guard. */
function actionsFor(tree: Tree, name: string, group: ReleaseGroupWithName, fakes: Fakes = {}) {
  const guarded: GuardedFile[][] = [];
  const ports: ReleasePorts = {
    git: {
      tags: async (prefix) => (fakes.tags ?? []).filter((t) => t.startsWith(prefix)),
      changedSince: async () => fakes.changed ?? [],
      head: async () => 'abc123',
      tagExists: async (tag) => (fakes.existingTags ?? []).includes(tag),
    },
    today: () => '2024-05-01',
    guard: () => ({ set: (files) => guarded.push([...files]) }),
    keepFormats: () => undefined,
  };
  class Testable extends PythonVersionActions {
    protected override createPorts(): ReleasePorts {
      return ports;
    }
  }
  const config = { manifestRootsToUpdate: [], preserveLocalDependencyProtocols: true };
  const actions = new Testable(group, node(name) as never, config as never);
  return { actions, guarded };
}

function releaseGroup(
  projects: string[],
  plans: ReleaseGroupWithName['resolvedVersionPlans'] = [],
): ReleaseGroupWithName {
  return {
    name: '__default__',
    projects,
    projectsRelationship: 'independent',
    releaseTag: { pattern: '{projectName}-{version}' },
    resolvedVersionPlans: plans,
  } as unknown as ReleaseGroupWithName;
}

async function validated(tree: Tree, name: string, group: ReleaseGroupWithName, fakes?: Fakes) {
  const made = actionsFor(tree, name, group, fakes);
  await made.actions.init(tree);
  await made.actions.validate(tree);
  return made;
}

describe('PythonVersionActions', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });

  it('reads changelog.d fragments as Nx version plans, one per fragment with the bump of its type', async () => {
    addProject(tree, 'a', { 'changelog.d/17.added': 'Add a metric.\n', 'changelog.d/18.fixed': 'Fix the port.\n' });
    const group = releaseGroup(['a']);
    await validated(tree, 'a', group, { tags: ['a-0.1.0'] });
    expect(group.resolvedVersionPlans).toEqual([
      expect.objectContaining({
        relativePath: 'integrations/a/changelog.d/17.added',
        message: 'Add a metric.',
        projectVersionBumps: { a: 'minor' },
        [FROM_FRAGMENT]: true,
      }),
      expect.objectContaining({
        relativePath: 'integrations/a/changelog.d/18.fixed',
        projectVersionBumps: { a: 'patch' },
      }),
    ]);
  });

  it('bumps as PEP 440 says and writes __about__.py, the v1 manifest and the CHANGELOG.md entry', async () => {
    addProject(tree, 'a', { 'manifest.json': manifestV1('0.1.0'), 'changelog.d/17.added': 'Add a metric.\n' });
    const { actions, guarded } = await validated(tree, 'a', releaseGroup(['a']));
    const next = await actions.calculateNewVersion('0.1.0', 'minor', 'VERSION_PLANS', {
      versionPlanPath: 'integrations/a/changelog.d/17.added',
    });
    expect(next).toEqual({
      newVersion: '0.2.0',
      logText: '❓ 0.1.0 + minor (from integrations/a/changelog.d/17.added) = 0.2.0 (PEP 440), tag a-0.2.0',
    });
    await actions.updateProjectVersion(tree, next.newVersion);
    expect(tree.read('integrations/a/datadog_checks/a/__about__.py', 'utf-8')).toBe("__version__ = '0.2.0'\n");
    expect(tree.read('integrations/a/manifest.json', 'utf-8')).toBe(manifestV1('0.2.0'));
    expect(tree.read('integrations/a/CHANGELOG.md', 'utf-8')).toBe(
      '# CHANGELOG - a\n\n## 0.2.0 / 2024-05-01\n\n***Added***:\n\n* Add a metric. (#17)\n\n## 0.1.0\n\n* Initial release.\n',
    );
    expect(guarded.at(-1)?.map((f) => [f.path, f.before === undefined, f.after === undefined])).toEqual([
      ['integrations/a/datadog_checks/a/__about__.py', false, false],
      ['integrations/a/CHANGELOG.md', false, false],
      ['integrations/a/manifest.json', false, false],
      ['integrations/a/changelog.d/17.added', false, true],
    ]);
  });

  it("writes an Nx version plan's message into the entry, in the section of its bump", async () => {
    addProject(tree, 'a');
    const plan = {
      relativePath: '.nx/version-plans/p.md',
      fileName: 'p.md',
      message: 'Drop an option.',
      projectVersionBumps: { a: 'major' },
    };
    const { actions } = await validated(tree, 'a', releaseGroup(['a'], [plan as never]), {
      tags: ['a-0.1.0'],
      changed: ['integrations/a/datadog_checks/a/check.py'],
    });
    await actions.updateProjectVersion(
      tree,
      (await actions.calculateNewVersion('0.1.0', 'major', 'VERSION_PLANS', {})).newVersion,
    );
    expect(tree.read('integrations/a/CHANGELOG.md', 'utf-8')).toContain(
      '## 1.0.0 / 2024-05-01\n\n***Changed***:\n\n* Drop an option.\n',
    );
  });

  it('gives Nx semver spelling of the version, and leaves an unreadable one to validate', async () => {
    addProject(tree, 'a', { 'datadog_checks/a/__about__.py': "__version__ = '1.2.3rc1'\n" });
    addProject(tree, 'b', { 'datadog_checks/b/__about__.py': "__version__ = 'one'\n" });
    const group = releaseGroup(['a', 'b']);
    expect(await actionsFor(tree, 'a', group).actions.readCurrentVersionFromSourceManifest(tree)).toEqual({
      currentVersion: '1.2.3-rc.1',
      manifestPath: 'integrations/a/datadog_checks/a/__about__.py',
    });
    expect((await actionsFor(tree, 'b', group).actions.readCurrentVersionFromSourceManifest(tree)).currentVersion).toBe(
      'one',
    );
  });

  it.each<[string, Record<string, string>, Fakes, RegExp]>([
    [
      'a fragment of an unknown type',
      { 'changelog.d/12.fix': 'Fix.\n' },
      {},
      /The release of a stopped before anything was written: 1 problem\.\nintegrations\/a\/changelog\.d\/12\.fix:1: changelog fragment '12\.fix' has the unknown type 'fix'/,
    ],
    [
      'a version that is not PEP 440',
      { 'datadog_checks/a/__about__.py': "__version__ = 'one'\n" },
      {},
      /integrations\/a\/datadog_checks\/a\/__about__\.py:1: __version__ is 'one', not a release version/,
    ],
    [
      'a change since the last tag without a fragment',
      {},
      { tags: ['a-0.1.0'], changed: ['integrations/a/datadog_checks/a/check.py'] },
      /a: missing changelog entry: integrations\/a\/datadog_checks\/a\/check\.py changed since a 0\.1\.0 was released/,
    ],
  ])('stops before any write on %s', async (_case, files, fakes, message) => {
    addProject(tree, 'a', files);
    const failure = validated(tree, 'a', releaseGroup(['a']), fakes);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(validated(tree, 'a', releaseGroup(['a']), fakes)).rejects.toThrow(message);
  });

  it('refuses fragments when version plans are off', async () => {
    addProject(tree, 'a', { 'changelog.d/1.fixed': 'Fix.\n' });
    await expect(validated(tree, 'a', releaseGroup(['a'], false))).rejects.toThrow(/"versionPlans": true/);
  });

  it.each<[string, string, string, Fakes, RegExp]>([
    [
      'a version whose tag exists',
      'changelog.d/1.fixed',
      'patch',
      { existingTags: ['a-0.1.1'] },
      /a 0\.1\.1 is released already: the tag a-0\.1\.1 exists/,
    ],
    ['a semver pre-release bump', 'changelog.d/1.fixed', 'prerelease', {}, /'prerelease' is a semver pre-release bump/],
  ])('refuses %s', async (_case, fragment, requested, fakes, message) => {
    addProject(tree, 'a', { [fragment]: 'Fix.\n' });
    const { actions } = await validated(tree, 'a', releaseGroup(['a']), fakes);
    await expect(actions.calculateNewVersion('0.1.0', requested, 'VERSION_PLANS', {})).rejects.toThrow(message);
  });

  it('refuses an explicit version for a project without a change to write into its changelog', async () => {
    addProject(tree, 'a');
    const { actions } = await validated(tree, 'a', releaseGroup(['a']));
    await expect(actions.calculateNewVersion('0.1.0', '1.0.0', 'USER_SPECIFIER', {})).rejects.toThrow(
      /a has no changelog\.d fragment nor version plan/,
    );
  });

  it('releases a never-tagged project as written when asked for its own version: CHANGELOG.md dated, nothing else', async () => {
    addProject(tree, 'a', { 'manifest.json': manifestV1('0.1.0') });
    const { actions, guarded } = await validated(tree, 'a', releaseGroup(['a']));
    const next = await actions.calculateNewVersion('0.1.0', '0.1.0', 'USER_SPECIFIER', {});
    expect(next).toEqual({
      newVersion: '0.1.0',
      logText: '❓ first release of 0.1.0 as written (integrations/a/CHANGELOG.md:3), tag a-0.1.0',
    });
    const changelogBefore = tree.read('integrations/a/CHANGELOG.md', 'utf-8');
    await actions.updateProjectVersion(tree, next.newVersion);
    expect(tree.read('integrations/a/CHANGELOG.md', 'utf-8')).toBe(
      '# CHANGELOG - a\n\n## 0.1.0 / 2024-05-01\n\n* Initial release.\n',
    );
    expect(tree.read('integrations/a/datadog_checks/a/__about__.py', 'utf-8')).toBe("__version__ = '0.1.0'\n");
    expect(guarded.at(-1)).toEqual([
      { path: 'integrations/a/CHANGELOG.md', before: changelogBefore, after: expect.stringContaining('/ 2024-05-01') },
    ]);
  });

  it('asks a project released before for a change to write, even for its own version', async () => {
    addProject(tree, 'a');
    const { actions } = await validated(tree, 'a', releaseGroup(['a']), { tags: ['a-0.0.9'] });
    await expect(actions.calculateNewVersion('0.1.0', '0.1.0', 'USER_SPECIFIER', {})).rejects.toThrow(
      /a has no changelog\.d fragment nor version plan/,
    );
  });

  describe('a project that requires a workspace project', () => {
    beforeEach(() => {
      addProject(tree, 'lib');
      addProject(tree, 'other');
      addProject(tree, 'a', {
        'requirements.txt': 'datadog-checks-base>=32.6.0\ndatadog-lib>=0.1.0\ndatadog-other==0.1.0\n',
      });
    });

    it('reads the version it requires', async () => {
      const { actions } = actionsFor(tree, 'a', releaseGroup(['a', 'lib']));
      expect(await actions.readCurrentVersionOfDependency(tree, graph('a', 'lib'), 'lib')).toEqual({
        currentVersion: '0.1.0',
        dependencyCollection: 'requirements.txt',
      });
    });

    it('raises the requirement on a dependency this release versions, not on the others, and says so in its entry', async () => {
      const group = releaseGroup(['a', 'lib', 'other']);
      tree.write('integrations/lib/datadog_checks/lib/__about__.py', "__version__ = '0.2.0'\n");
      const { actions } = await validated(tree, 'a', group);
      await actions.updateProjectDependencies(tree, graph('a', 'lib', 'other'), { lib: '0.2.0', other: '0.1.0' });
      const next = await actions.calculateNewVersion('0.1.0', 'patch', 'DEPENDENCY_WAS_BUMPED', {});
      await actions.updateProjectVersion(tree, next.newVersion);
      expect(tree.read('integrations/a/requirements.txt', 'utf-8')).toBe(
        'datadog-checks-base>=32.6.0\ndatadog-lib>=0.2.0\ndatadog-other==0.1.0\n',
      );
      expect(tree.read('integrations/a/CHANGELOG.md', 'utf-8')).toContain(
        '## 0.1.1 / 2024-05-01\n\n***Fixed***:\n\n* Require datadog-lib>=0.2.0.\n',
      );
    });
  });
});

import { readJson, readNxJson } from '@nx/devkit';
import { createTree, createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initGenerator } from './generator';
import { releaseConfiguration, VERSION_ACTIONS } from './lib/release-configuration';

describe('init generator', () => {
  it('registers the plugin once, ignores Python environments and creates integrations/', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await initGenerator(tree);
    await initGenerator(tree);
    expect(readNxJson(tree)?.plugins?.filter((p) => p === '@dd/plugin')).toHaveLength(1);
    expect(tree.read('.gitignore', 'utf-8')).toContain('.venv/');
    expect(tree.read('.gitignore', 'utf-8')).toContain('.dd/');
    expect(tree.exists('integrations/.gitkeep')).toBe(true);
  });

  it('adopts a repository with integrations at its root as it is: options, nx.json and package.json, nothing inside an integration', async () => {
    const tree = createTree();
    tree.write('ably/manifest.json', '{"name": "ably"}\n');
    tree.write('ably/README.md', '# Ably\n');
    tree.write('statsig_rum/manifest.json', '{}\n');
    tree.write('.github/CODEOWNERS', '* @team\n');
    tree.write('.gitignore', '.venv/\n');
    tree.write('.git/HEAD', 'ref: refs/heads/master\n');
    const snapshot = () => new Map(tree.listChanges().map((c) => [c.path, c.content?.toString() ?? null]));
    const before = snapshot();
    await initGenerator(tree);
    expect(readNxJson(tree)?.plugins).toEqual([{ plugin: '@dd/plugin', options: { integrations: '*' } }]);
    expect(readNxJson(tree)?.defaultBase).toBe('master');
    expect(readJson(tree, 'package.json')).toMatchObject({
      private: true,
      devDependencies: { nx: expect.stringMatching(/^\d+\.\d+\.\d+/) },
    });
    expect(tree.exists('integrations')).toBe(false);
    const after = snapshot();
    const touched = [...after.keys()].filter((path) => before.get(path) !== after.get(path)).sort();
    expect(touched).toEqual(['.ddev/config.toml', '.gitignore', 'nx.json', 'package.json']);
    // ddev takes every root folder for an integration: the ones adoption adds are set apart.
    expect(tree.read('.ddev/config.toml', 'utf-8')).toBe(
      '[overrides.is-integration]\nnode_modules = false\ndist = false\n',
    );
    expect(tree.read('ably/manifest.json', 'utf-8')).toBe('{"name": "ably"}\n');
  });

  it('keeps a package.json it finds, adding nx only when it lacks it', async () => {
    const tree = createTree();
    tree.write(
      'package.json',
      JSON.stringify({ name: 'mine', devDependencies: { '@dd/plugin': 'file:dd-plugin-0.1.0.tgz' } }),
    );
    tree.write('ably/manifest.json', '{}');
    await initGenerator(tree);
    expect(readJson(tree, 'package.json')).toEqual({
      name: 'mine',
      devDependencies: { '@dd/plugin': 'file:dd-plugin-0.1.0.tgz', nx: expect.any(String) },
    });
  });

  it('configures nx release for the Python integrations, and leaves a release configuration it finds', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await initGenerator(tree);
    expect(readNxJson(tree)?.release).toEqual(releaseConfiguration());
    expect(readNxJson(tree)?.release).toMatchObject({
      projects: ['tag:kind:python'],
      projectsRelationship: 'independent',
      releaseTag: { pattern: '{projectName}-{version}' },
      version: { versionActions: VERSION_ACTIONS },
    });
    const mine = createTreeWithEmptyWorkspace();
    mine.write('nx.json', JSON.stringify({ release: { projects: ['a'] } }));
    await initGenerator(mine);
    expect(readNxJson(mine)?.release).toEqual({ projects: ['a'] });
  });

  it("is what this workspace's own nx.json says, but for where the version actions are", () => {
    const nxJson = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'nx.json'), 'utf8'));
    expect(nxJson.release).toEqual(releaseConfiguration(nxJson.release.version.versionActions));
    expect(require.resolve(nxJson.release.version.versionActions)).toMatch(/python-version-actions\.ts$/);
  });

  it('refuses a .ddev/config.toml ddev could not read, naming its line, and writes nothing', async () => {
    const tree = createTree();
    tree.write('ably/manifest.json', '{}\n');
    tree.write('.ddev/config.toml', '[overrides]\nx = = 1\n');
    const before = tree.listChanges().length;
    await expect(initGenerator(tree)).rejects.toThrow(/^\.ddev\/config\.toml:2: not valid TOML/);
    expect(tree.listChanges()).toHaveLength(before);
  });
});

import { readJson, readNxJson } from '@nx/devkit';
import { createTree, createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { initGenerator } from './generator';

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
    expect(touched).toEqual(['.gitignore', 'nx.json', 'package.json']);
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
});

import { readNxJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { initGenerator } from './generator';

describe('init generator', () => {
  it('registers the plugin once, ignores Python environments and creates integrations/', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await initGenerator(tree);
    await initGenerator(tree);
    expect(readNxJson(tree)?.plugins?.filter((p) => p === '@dd/plugin')).toHaveLength(1);
    expect(tree.read('.gitignore', 'utf-8')).toContain('.venv/');
    expect(tree.exists('integrations/.gitkeep')).toBe(true);
  });
});

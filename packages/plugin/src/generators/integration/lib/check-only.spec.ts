import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { integrationGenerator } from '../generator';

const ids = { appUuid: '00000000-0000-4000-8000-000000000000', sourceTypeId: 12345678 };

describe('check-only: a check added to an existing tile-only integration', () => {
  let tree: Tree;
  beforeEach(async () => {
    tree = createTreeWithEmptyWorkspace();
    await integrationGenerator(tree, { name: 'tile', kind: 'event' }, ids);
  });

  it('writes the package, its configuration and its tests, and leaves the tile as it is', async () => {
    const manifest = tree.read('integrations/tile/manifest.json', 'utf-8');
    await integrationGenerator(tree, { name: 'tile', kind: 'check-only' }, ids);
    expect(tree.read('integrations/tile/manifest.json', 'utf-8')).toBe(manifest);
    for (const file of ['pyproject.toml', 'hatch.toml', 'datadog_checks/tile/check.py', 'tests/test_unit.py']) {
      expect(tree.exists(`integrations/tile/${file}`)).toBe(true);
    }
    const test = tree.read('integrations/tile/tests/test_unit.py', 'utf-8')!;
    expect(test).not.toContain('get_metadata_metrics');
  });

  it('refuses to overwrite any file, naming each, and writes nothing', async () => {
    tree.write('integrations/tile/hatch.toml', '# mine\n');
    const before = tree.listChanges().length;
    await expect(integrationGenerator(tree, { name: 'tile', kind: 'check-only' }, ids)).rejects.toThrow(
      /check-only writes only new files, and these exist already:\n {2}integrations\/tile\/hatch.toml$/,
    );
    expect(tree.listChanges()).toHaveLength(before);
    expect(tree.exists('integrations/tile/pyproject.toml')).toBe(false);
  });

  it('needs an existing integration', async () => {
    await expect(integrationGenerator(tree, { name: 'nothing', kind: 'check-only' }, ids)).rejects.toThrow(
      /integrations\/nothing\/manifest.json does not exist/,
    );
  });
});

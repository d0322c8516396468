import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { integrationGenerator } from '../generators/integration/generator';
import type { IntegrationSource } from './integration-source';
import { RULES } from './rules';
import { runRules } from './run-rules';

const IDS = { appUuid: '7d6a6f7e-6d0c-4b8e-9d7f-3f2a1b0c9e8d', sourceTypeId: 12345678 };

/** Reads a generated integration from the virtual tree, as the lint executor reads a folder. */
function readFromTree(tree: Tree, root: string, name: string): IntegrationSource {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const child of tree.children(dir)) {
      const path = `${dir}/${child}`;
      if (tree.isFile(path)) paths.push(path.slice(root.length + 1));
      else walk(path);
    }
  };
  walk(root);
  const files = Object.fromEntries(paths.map((p) => [p, tree.read(`${root}/${p}`, 'utf-8') ?? '']));
  return { name, files, paths };
}

describe('the generated integration passes its own lint', () => {
  it.each([
    ['1', 'my_integration', {}],
    ['2', 'my_integration', {}],
    ['1', 'redis_sentinel', { displayName: 'Redis Sentinel (HA)' }],
    // The CLI hands `--manifestVersion=2` over as a number.
    [2, 'numbered', {}],
    ['2', 'acme', { displayName: 'ACME Cloud, 9', description: 'Collect ACME metrics.' }],
  ] as const)('manifest v%p, %s %j', async (manifestVersion, name, extra) => {
    const tree = createTreeWithEmptyWorkspace();
    await integrationGenerator(tree, { name, manifestVersion, ...extra }, IDS);
    const diagnostics = runRules(readFromTree(tree, `integrations/${name}`, name), RULES);
    expect(diagnostics).toEqual([]);
  });

  it.each(['check', 'jmx', 'logs', 'event', 'metrics-crawler'])('the %s kind', async (kind) => {
    const tree = createTreeWithEmptyWorkspace();
    await integrationGenerator(tree, { name: 'probe', kind }, IDS);
    expect(runRules(readFromTree(tree, 'integrations/probe', 'probe'), RULES)).toEqual([]);
  });
});

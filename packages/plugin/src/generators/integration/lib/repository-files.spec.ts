import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { integrationGenerator } from '../generator';

const ids = { appUuid: '00000000-0000-4000-8000-000000000000', sourceTypeId: 12345678 };

describe("the repository's CI files", () => {
  const TEST_ALL = '.github/workflows/test-all.yml';
  const CODEOWNERS = '.github/CODEOWNERS';
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write(CODEOWNERS, '# owners\n');
    tree.write(TEST_ALL, 'name: Test all\non:\n  workflow_call:\njobs: {}\n');
  });

  it('adds the CODEOWNERS line of every kind, and the test job of a kind Datadog tests', async () => {
    await integrationGenerator(tree, { name: 'probe', kind: 'check', codeowner: '@me' }, ids);
    await integrationGenerator(tree, { name: 'tile', kind: 'event' }, ids);
    expect(tree.read(CODEOWNERS, 'utf-8')).toBe(
      `# owners\n${'/probe/'.padEnd(40)} @me help@example.com @DataDog/ecosystems-review\n${'/tile/'.padEnd(40)} @DataDog/ecosystems-review help@example.com\n`,
    );
    const workflow = tree.read(TEST_ALL, 'utf-8')!;
    expect(workflow).toContain('      job-name: Probe\n      target: probe\n');
    expect(workflow).not.toContain('target: tile');
  });

  it('writes nothing when a CI file cannot be read', async () => {
    tree.write(TEST_ALL, 'jobs: [\n');
    const before = tree.listChanges().length;
    await expect(integrationGenerator(tree, { name: 'probe' }, ids)).rejects.toThrow(
      /^\.github\/workflows\/test-all\.yml:2: /,
    );
    expect(tree.listChanges()).toHaveLength(before);
    expect(tree.exists('integrations/probe')).toBe(false);
  });
});

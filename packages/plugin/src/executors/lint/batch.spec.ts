import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER, MANIFEST_V1 } from '../../lint/__fixtures__/run-rule';
import lintBatch from './batch';

const README = [
  '## Overview',
  '## Setup',
  '### Installation',
  '### Configuration',
  '### Validation',
  '### Compatibility',
  '## Data Collected',
  '### Metrics',
]
  .map((s) => `${s}\nText.\n`)
  .join('');

describe('lintBatch', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dd-lint-batch-'));
    for (const [name, type] of [
      ['foo', 'gauge'],
      ['bar', 'GAUGE'],
    ]) {
      const dir = join(root, 'integrations', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'manifest.json'), MANIFEST_V1.replace(/foo/gi, name));
      writeFileSync(join(dir, 'README.md'), README);
      writeFileSync(join(dir, 'metadata.csv'), `${HEADER},curated_metric\n${name}.up,${type},,,,Up,1,${name},up,\n`);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lints every task of the batch in this process and reports each on its own', async () => {
    const task = (project: string) => ({
      id: `${project}:lint`,
      target: { project, target: 'lint' },
      overrides: {},
      outputs: [],
      parallelism: true,
    });
    const taskGraph = {
      roots: [],
      dependencies: {},
      continuousDependencies: {},
      tasks: { 'foo:lint': task('foo'), 'bar:lint': task('bar') },
    } as unknown as TaskGraph;
    const context = {
      root,
      cwd: root,
      isVerbose: false,
      projectsConfigurations: {
        version: 2,
        projects: { foo: { root: 'integrations/foo' }, bar: { root: 'integrations/bar' } },
      },
    } as unknown as ExecutorContext;
    const results: Record<string, { success: boolean; terminalOutput: string }> = {};
    for await (const { task: id, result } of lintBatch(
      taskGraph,
      { 'foo:lint': {}, 'bar:lint': { format: 'github', python: false } },
      {},
      context,
    ))
      results[id] = result;
    expect(results['foo:lint']).toMatchObject({
      success: true,
      terminalOutput: 'integrations/foo: no problems found.\n',
    });
    expect(results['bar:lint'].success).toBe(false);
    expect(results['bar:lint'].terminalOutput).toBe(
      "::error file=integrations/bar/metadata.csv,line=2,col=8,title=metadata/invalid-metric-type::metric_type 'GAUGE' is not one of count, gauge, rate (fix: write it in lower case: 'gauge' (nx lint --fix does it))\n",
    );
  });

  it('reads CODEOWNERS once for the batch and fails only the integration it leaves out', async () => {
    writeFileSync(
      join(root, 'integrations', 'bar', 'metadata.csv'),
      `${HEADER},curated_metric\nbar.up,gauge,,,,Up,1,bar,up,\n`,
    );
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github', 'CODEOWNERS'), '/integrations/foo/ @acme/team\n');
    const task = (project: string) => ({
      id: `${project}:lint`,
      target: { project, target: 'lint' },
      overrides: {},
      outputs: [],
      parallelism: true,
    });
    const taskGraph = {
      roots: [],
      dependencies: {},
      continuousDependencies: {},
      tasks: { 'foo:lint': task('foo'), 'bar:lint': task('bar') },
    } as unknown as TaskGraph;
    const context = {
      root,
      cwd: root,
      isVerbose: false,
      projectsConfigurations: {
        version: 2,
        projects: { foo: { root: 'integrations/foo' }, bar: { root: 'integrations/bar' } },
      },
    } as unknown as ExecutorContext;
    const results: Record<string, { success: boolean; terminalOutput: string }> = {};
    for await (const { task: id, result } of lintBatch(
      taskGraph,
      { 'foo:lint': { python: false }, 'bar:lint': { format: 'github', python: false } },
      {},
      context,
    ))
      results[id] = result;
    expect(results['foo:lint'].success).toBe(true);
    expect(results['bar:lint']).toMatchObject({
      success: false,
      terminalOutput:
        '::error file=integrations/bar/manifest.json,line=1,col=1,title=codeowners/integration-entry::no line of .github/CODEOWNERS names /integrations/bar/ as its path: the integration has no code owners (fix: write a line `/integrations/bar/ @<user or org/team> ...` in .github/CODEOWNERS)\n',
    });
  });
});

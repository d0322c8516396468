import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ciWorkflowGenerator } from './generator';
import { SHARD_SCRIPT, WORKFLOW_DEFAULTS } from './lib/build-workflow';

describe('ci-workflow generator', () => {
  it('writes a workflow that plans affected projects into shards and runs ci on each', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await ciWorkflowGenerator(tree, { shards: 3 });
    const workflow = parse(tree.read('.github/workflows/ci.yml', 'utf-8')!);
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    const plan = workflow.jobs.plan.steps;
    expect(plan.find((s: { uses?: string }) => s.uses?.startsWith('nrwl/nx-set-shas'))).toBeDefined();
    expect(plan.at(-1).run).toContain('npx nx show projects --affected --withTarget=ci --json');
    expect(workflow.jobs.ci.strategy.matrix.shard).toBe('${{ fromJson(needs.plan.outputs.shards) }}');
    expect(workflow.jobs.ci.steps.map((s: { run?: string }) => s.run).join('\n')).toContain(
      'npx nx run-many -t ci -p "${{ matrix.shard.projects }}"',
    );
    expect(workflow.env.NX_CLOUD_ACCESS_TOKEN).toBe('${{ secrets.NX_CLOUD_ACCESS_TOKEN }}');
    expect(workflow.jobs.plan.steps[0].with['fetch-depth']).toBe(0);
  });

  it('refuses a shard count that is not a whole number', async () => {
    await expect(ciWorkflowGenerator(createTreeWithEmptyWorkspace(), { shards: 1.5 })).rejects.toThrow(
      /whole number of jobs/,
    );
  });

  it('keeps schema.json defaults in step with the code', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'schema.json'), 'utf8'));
    for (const [key, value] of Object.entries(WORKFLOW_DEFAULTS)) expect(schema.properties[key].default).toBe(value);
  });
});

describe('the shard script of the workflow', () => {
  const shard = (projects: string[], n: number) =>
    JSON.parse(
      execFileSync(process.execPath, ['-e', SHARD_SCRIPT, String(n)], {
        input: JSON.stringify(projects),
        encoding: 'utf8',
      }),
    );

  it('deals the sorted projects round-robin into at most n shards', () => {
    expect(shard(['e', 'a', 'c', 'b', 'd'], 2)).toEqual([
      { index: 1, projects: 'a,c,e' },
      { index: 2, projects: 'b,d' },
    ]);
  });

  it('makes no more shards than projects, and none for no projects', () => {
    expect(shard(['a'], 4)).toEqual([{ index: 1, projects: 'a' }]);
    expect(shard([], 4)).toEqual([]);
  });
});

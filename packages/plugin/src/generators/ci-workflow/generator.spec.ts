import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CI_PLAN_PATHS } from '../../ci-plan/ci-plan-paths';
import { planOutputs } from '../../ci-plan/plan-outputs';
import { ciWorkflowGenerator } from './generator';
import { WORKFLOW_DEFAULTS } from './lib/normalize-options';
import type { CiWorkflowGeneratorSchema } from './schema';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = { steps?: Step[]; uses?: string; with?: Record<string, unknown>; if?: string; needs?: string | string[] };

async function generate(schema: CiWorkflowGeneratorSchema = {}, tree: Tree = createTreeWithEmptyWorkspace()) {
  await ciWorkflowGenerator(tree, schema);
  const read = (name: string) => {
    const text = tree.read(`.github/workflows/${name}.yml`, 'utf-8');
    return text === null ? undefined : parse(text);
  };
  return { tree, read };
}

/** Every `run:` script of a workflow. */
const scripts = (workflow: { jobs: Record<string, Job> }) =>
  Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).flatMap((s) => (s.run ? [s.run] : [])));

describe('ci-workflow generator, --distribution=matrix (the default)', () => {
  it('writes a plan job that plans the affected tasks from the durations of the last successful run', async () => {
    const { read } = await generate();
    const plan = read('ci').jobs.plan;
    expect(plan.steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { filter: 'tree:0', 'fetch-depth': 0 } });
    expect(plan.steps.map((s: Step) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'nrwl/nx-set-shas@v5',
      'actions/cache/restore@v4',
      `node ${CI_PLAN_PATHS.cli} plan --target=ci --jobs-per-batch=240 --max-batches=4 --job-minutes=20`,
      'actions/upload-artifact@v4',
    ]);
    expect(plan.steps[4].with).toEqual({
      path: CI_PLAN_PATHS.timings,
      key: 'ci-task-timings-${{ github.run_id }}',
      'restore-keys': 'ci-task-timings-',
    });
  });

  it('declares exactly the outputs the planner writes, and one job per batch calling the batch workflow when its batch is not empty', async () => {
    const { read } = await generate({ maxBatches: 3 });
    const workflow = read('ci');
    const written = planOutputs({ jobs: [], batches: [] }, 3);
    expect(Object.keys(workflow.jobs.plan.outputs)).toEqual(Object.keys(written));
    expect(workflow.jobs.batch_3).toEqual({
      name: 'Batch 3',
      needs: 'plan',
      if: "needs.plan.outputs.batch_3 != '[]'",
      uses: './.github/workflows/ci-batch.yml',
      with: { shards: '${{ needs.plan.outputs.batch_3 }}' },
      secrets: { NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' },
    });
    expect(workflow.jobs.batch_4).toBeUndefined();
    expect(workflow.jobs.result.needs).toEqual(['plan', 'batch_1', 'batch_2', 'batch_3']);
    expect(workflow.jobs.result.if).toBe('always()');
  });

  it('writes the batch workflow: a matrix of shard numbers, each running its part of the plan', async () => {
    const { read } = await generate({ parallel: 3 });
    const batch = read('ci-batch');
    expect(Object.keys(batch.on)).toEqual(['workflow_call']);
    const shard = batch.jobs.shard;
    expect(shard.strategy).toEqual({ 'fail-fast': false, matrix: { shard: '${{ fromJSON(inputs.shards) }}' } });
    const run = shard.steps.find((s: Step) => s.run?.includes('ci-plan'));
    expect(run).toMatchObject({
      env: { DD_CI_SHARD: '${{ matrix.shard }}' },
      run: `node ${CI_PLAN_PATHS.cli} run --parallel=3`,
    });
    const uploads = shard.steps.filter((s: Step) => s.uses === 'actions/upload-artifact@v4');
    expect(uploads.map((s: Step) => [s.with!.name, s.with!.path])).toEqual([
      ['ci-timings-${{ matrix.shard }}', CI_PLAN_PATHS.shardTimings],
      ['ci-reports-${{ matrix.shard }}', 'dist/integrations/*/test*/**'],
    ]);
  });

  it('hands the plan and the measured durations on under the names the other jobs fetch them by', async () => {
    const { read } = await generate({ name: 'integrations' });
    const [main, batch] = [read('integrations'), read('integrations-batch')];
    const upload = main.jobs.plan.steps.find((s: Step) => s.uses === 'actions/upload-artifact@v4');
    const download = batch.jobs.shard.steps.find((s: Step) => s.uses === 'actions/download-artifact@v4');
    expect([upload.with.name, download.with.name]).toEqual(['integrations-plan', 'integrations-plan']);
    expect(download.with.path).toBe(CI_PLAN_PATHS.outDir);
    const timings = main.jobs.timings;
    expect(timings.if).toBe(
      "${{ !cancelled() && needs.plan.outputs.any == 'true' && !contains(needs.*.result, 'failure') }}",
    );
    expect(timings.steps.map((s: Step) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'actions/cache/restore@v4',
      'actions/download-artifact@v4',
      `node ${CI_PLAN_PATHS.cli} merge-timings`,
      'actions/cache/save@v4',
    ]);
    expect(timings.steps[4].with).toEqual({
      pattern: 'integrations-timings-*',
      path: CI_PLAN_PATHS.reports,
      'merge-multiple': true,
    });
    expect(timings.steps[6].with.key).toBe('integrations-task-timings-${{ github.run_id }}-${{ github.run_attempt }}');
  });
});

describe('ci-workflow generator, --distribution=nx-agents', () => {
  it("writes one job that starts Nx Cloud's agents and runs nx affected -t ci", async () => {
    const { read, tree } = await generate({ distribution: 'nx-agents', distributeOn: '8 linux-large-dd' });
    const steps: Step[] = read('ci').jobs.main.steps;
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'npx nx-cloud start-ci-run --distribute-on="8 linux-large-dd" --stop-agents-after="ci"',
      'actions/setup-node@v4',
      'npm ci',
      'nrwl/nx-set-shas@v5',
      'npx nx affected -t ci --outputStyle=static',
    ]);
    expect(read('ci').env).toEqual({ NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' });
    expect(tree.exists('.github/workflows/ci-batch.yml')).toBe(false);
  });

  it('removes the batch workflow it wrote for the matrix, never one written by hand', async () => {
    const { tree } = await generate();
    await generate({ distribution: 'nx-agents' }, tree);
    expect(tree.exists('.github/workflows/ci-batch.yml')).toBe(false);
    tree.write('.github/workflows/ci-batch.yml', 'name: mine\n');
    await generate({ distribution: 'nx-agents' }, tree);
    expect(tree.read('.github/workflows/ci-batch.yml', 'utf-8')).toBe('name: mine\n');
  });
});

describe('every generated workflow', () => {
  it.each<CiWorkflowGeneratorSchema>([{}, { maxBatches: 20 }, { distribution: 'nx-agents' }])(
    'splices no expression into a script (%j): values reach scripts through env',
    async (schema) => {
      const { read } = await generate(schema);
      for (const workflow of [read('ci'), read('ci-batch')].filter(Boolean))
        for (const script of scripts(workflow)) expect(script).not.toContain('${{');
    },
  );

  it('keeps schema.json defaults in step with the code', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'schema.json'), 'utf8'));
    for (const [key, value] of Object.entries(WORKFLOW_DEFAULTS))
      expect([key, schema.properties[key].default]).toEqual([key, value]);
  });
});

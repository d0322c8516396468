import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';
import { copyThisWorkspace, type WorkspaceCopy } from '../src/workspace-copy';

/** Two flavors of one idle service: the planner reads them, nothing here starts a container. */
const ENV_YAML = (oldSuite: string) => `flavors:
  old:
    variables:
      suite: ${oldSuite}
  new:
    default: true
    variables:
      suite: bookworm
services:
  box:
    image: debian:\${suite}
    command: [sh, -c, "exec sleep 600"]
    ready:
      - command: ["true"]
        timeout: 5
`;

interface PlanRun {
  result: RunResult;
  /** Task ids of the plan, sorted. */
  tasks: string[];
  plan: {
    jobs: { shard: number; tasks: { id: string; recorded: boolean }[] }[];
    reasons: Record<string, string>;
  };
  outputs: string;
  summary: string;
}

/**
 * The planner of the matrix workflow, as its plan job runs it (`node node_modules/@dd/plugin/
 * src/ci-plan/cli.js plan`), on a copy of this workspace with git history: a change is planned
 * task by task on what Nx hashes for each task, and a shard of the plan runs with nx and records
 * its durations for the next plan.
 */
describe('the CI plan of a change', () => {
  let ws: WorkspaceCopy;
  let scratch: string;
  const cli = () => join(ws.root, 'node_modules', '@dd', 'plugin', 'src', 'ci-plan', 'cli.js');
  const touch = (path: string, text = '\n# touched\n') => appendFileSync(join(ws.root, path), text);

  const plan = (range: { base?: string; head?: string } = {}): PlanRun => {
    const out = mkdtempSync(join(scratch, 'plan-'));
    const github = { GITHUB_OUTPUT: join(out, 'output'), GITHUB_STEP_SUMMARY: join(out, 'summary') };
    writeFileSync(github.GITHUB_OUTPUT, '');
    writeFileSync(github.GITHUB_STEP_SUMMARY, '');
    const result = run(
      process.execPath,
      [cli(), 'plan', `--base=${range.base ?? 'HEAD~1'}`, `--head=${range.head ?? 'HEAD'}`, `--out=${out}`],
      ws.root,
      github,
    );
    if (result.status !== 0) throw new Error(`plan exited with ${result.status}:\n${result.output}`);
    const planned = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
    return {
      result,
      plan: planned,
      tasks: planned.jobs.flatMap((j: PlanRun['plan']['jobs'][number]) => j.tasks.map((t) => t.id)).sort(),
      outputs: readFileSync(github.GITHUB_OUTPUT, 'utf8'),
      summary: readFileSync(github.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'dd-e2e-ci-plan-out-'));
    ws = copyThisWorkspace('ci-plan');
    ws.commit('workspace');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta']);
    writeFileSync(join(ws.root, 'integrations', 'alpha', 'ci', 'env.yaml'), ENV_YAML('bullseye'));
    const tile = join(ws.root, 'integrations', 'tile');
    mkdirSync(tile);
    writeFileSync(join(tile, 'manifest.json'), '{}\n');
    writeFileSync(join(tile, 'README.md'), '# Tile\n');
    ws.commit('two integrations, one with two flavors, and a tile');
  });
  afterAll(() => {
    ws?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('knows every task of ci in the workspace: lint, each flavor, package', () => {
    touch('packages/plugin/src/lint/locate.ts', '\n// touched\n');
    ws.commit('change the plugin');
    const { tasks, plan: planned } = plan();
    expect(tasks).toEqual([
      'alpha:lint',
      'alpha:package',
      'alpha:test--new',
      'alpha:test--old',
      'beta:lint',
      'beta:package',
      'beta:test',
      'tile:lint',
    ]);
    expect(planned.reasons['beta:test']).toBe('packages/plugin/src/lint/locate.ts changed');
  });

  it("plans only lint for a README change, and a Python integration's package, whose wheel embeds it", () => {
    touch('integrations/tile/README.md', '\nMore words.\n');
    touch('integrations/alpha/README.md', '\nMore words.\n');
    ws.commit('document alpha and the tile');
    expect(plan().tasks).toEqual(['alpha:lint', 'alpha:package', 'tile:lint']);
  });

  it("plans only lint for a changelog change, and one flavor for an edit to that flavor's part of ci/env.yaml", () => {
    touch('integrations/beta/CHANGELOG.md', '\n* Words.\n');
    ws.commit('changelog of beta');
    expect(plan().tasks).toEqual(['beta:lint']);
    writeFileSync(join(ws.root, 'integrations', 'alpha', 'ci', 'env.yaml'), ENV_YAML('trixie'));
    ws.commit('flavor old of alpha on trixie');
    const { tasks, plan: planned } = plan();
    expect(tasks).toEqual(['alpha:lint', 'alpha:test--old']);
    expect(planned.reasons['alpha:test--old']).toBe('flavor old of integrations/alpha/ci/env.yaml changed');
  });

  it('plans nothing for a change no task reads, with a green one-line summary and empty batches', () => {
    touch('README.md', '\nMore words.\n');
    ws.commit('document the workspace');
    for (const empty of [plan(), plan({ base: 'HEAD', head: 'HEAD' })]) {
      expect(empty.tasks).toEqual([]);
      expect(empty.outputs).toBe('any=false\ntasks=0\nbatch_1=[]\nbatch_2=[]\nbatch_3=[]\nbatch_4=[]\n');
      expect(empty.summary.trim().split('\n')).toEqual([
        expect.stringMatching(/^\*\*CI plan\*\*: nothing to run, no task of `ci` is affected by `\w+`\.\.`HEAD`\.$/),
      ]);
    }
  });

  it('falls back to default durations with a notice when the recorded ones are corrupt', () => {
    mkdirSync(join(ws.root, 'dist', 'ci-plan'), { recursive: true });
    writeFileSync(join(ws.root, 'dist', 'ci-plan', 'timings.json'), '{"format": "dd-ci-timings/1", "sec');
    const planned = plan({ base: 'HEAD~2', head: 'HEAD~1' });
    expect(planned.tasks).toEqual(['alpha:lint', 'alpha:test--old']);
    expect(planned.result.stdout).toContain('::notice title=timings/corrupt::dist/ci-plan/timings.json is not JSON');
    expect(planned.outputs).toContain('any=true\ntasks=2\nbatch_1=[1]\n');
    rmSync(join(ws.root, 'dist', 'ci-plan', 'timings.json'));
  });

  it('runs a shard of the plan with nx, records its durations, and the next plan uses them', () => {
    const planned = plan({ base: 'HEAD~3', head: 'HEAD~2' });
    expect(planned.tasks).toEqual(['beta:lint']);
    const planFile = join(ws.root, 'dist', 'ci-plan', 'plan.json');
    writeFileSync(planFile, JSON.stringify(planned.plan));
    const shard = run(process.execPath, [cli(), 'run'], ws.root, { DD_CI_SHARD: '1' });
    expect(shard.output).toContain('> nx run-many --targets lint --projects beta --parallel=2 --outputStyle=static');
    expect(shard.status).toBe(0);
    const measured = JSON.parse(readFileSync(join(ws.root, 'dist', 'ci-plan', 'timings', 'shard-1.json'), 'utf8'));
    expect(measured.seconds['beta:lint']).toBeGreaterThan(0);

    mkdirSync(join(ws.root, 'dist', 'ci-plan', 'reports'), { recursive: true });
    writeFileSync(
      join(ws.root, 'dist', 'ci-plan', 'reports', 'shard-1.json'),
      readFileSync(join(ws.root, 'dist', 'ci-plan', 'timings', 'shard-1.json')),
    );
    const merged = run(process.execPath, [cli(), 'merge-timings'], ws.root);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toContain('Recorded 1 task durations from 1 shards; 1 known in');
    const again = plan({ base: 'HEAD~3', head: 'HEAD~2' });
    expect(again.plan.jobs[0]!.tasks[0]).toMatchObject({ id: 'beta:lint', recorded: true });
  });

  it('refuses a shard the plan does not have, saying which it has', () => {
    const shard = run(process.execPath, [cli(), 'run', '--shard=9'], ws.root);
    expect(shard.status).toBe(2);
    expect(shard.stderr).toContain('Shard 9 is not in the plan at');
    expect(shard.stderr).toContain('it has shards 1 to 1');
  });
});

/** The planner of the published plugin (compiled JavaScript), installed as a user installs it. */
describe('the CI plan with the plugin installed from its package', () => {
  let ws: TestWorkspace;
  const commit = (message: string) => {
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', message]);
  };

  beforeAll(() => {
    ws = createTestWorkspace('ci-plan-installed');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta']);
    commit('two integrations');
  });
  afterAll(() => ws?.dispose());

  it('plans the lint and package of the integration whose README changed', () => {
    appendFileSync(join(ws.root, 'integrations', 'alpha', 'README.md'), '\nMore words.\n');
    commit('document alpha');
    const cli = join(ws.root, 'node_modules', '@dd', 'plugin', 'src', 'ci-plan', 'cli.js');
    const result = run(process.execPath, [cli, 'plan', '--base=HEAD~1', '--head=HEAD'], ws.root);
    expect(result.status).toBe(0);
    const planned = JSON.parse(readFileSync(join(ws.root, 'dist', 'ci-plan', 'plan.json'), 'utf8'));
    const tasks = planned.jobs.flatMap((j: { tasks: { id: string }[] }) => j.tasks.map((t) => t.id)).sort();
    expect(tasks).toEqual(['alpha:lint', 'alpha:package']);
  });
});

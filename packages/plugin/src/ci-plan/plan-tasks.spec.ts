import type { CiTask } from './ci-task';
import { GITHUB_MATRIX_LIMIT, type PlanLimits } from './plan-limits';
import { planBalance, planTasks } from './plan-tasks';

const task = (project: string, target: string, dependencies: string[] = []): CiTask => ({
  id: `${project}:${target}`,
  project,
  target,
  dependencies,
});
const limits = (overrides: Partial<PlanLimits> = {}): PlanLimits => ({
  jobsPerBatch: 240,
  maxBatches: 4,
  jobSeconds: 600,
  ...overrides,
});
const idsOf = (plan: ReturnType<typeof planTasks>) => plan.jobs.map((j) => j.tasks.map((t) => t.id));

describe('planTasks', () => {
  it('plans nothing for no tasks: no job, no batch, no notice', () => {
    expect(planTasks([], new Map(), limits())).toEqual({ jobs: [], batches: [], totalSeconds: 0, notices: [] });
  });

  it('uses as many jobs as the work needs at the target size, longest job first', () => {
    const tasks = [task('a', 'test--1'), task('a', 'test--2'), task('b', 'lint'), task('b', 'package')];
    const durations = new Map([
      ['a:test--1', 500],
      ['a:test--2', 400],
      ['b:lint', 300],
      ['b:package', 100],
    ]);
    const plan = planTasks(tasks, durations, limits({ jobSeconds: 600 }));
    expect(idsOf(plan)).toEqual([['a:test--1'], ['a:test--2'], ['b:lint', 'b:package']]);
    expect(plan.jobs.map((j) => [j.shard, j.batch, j.seconds])).toEqual([
      [1, 1, 500],
      [2, 1, 400],
      [3, 1, 400],
    ]);
    expect(plan.batches).toEqual([[1, 2, 3]]);
    expect(plan.totalSeconds).toBe(1300);
  });

  it('never aims for jobs shorter than the longest task, which sets the wall time anyway', () => {
    const tasks = [task('a', 'test--slow'), ...['b', 'c', 'd', 'e'].map((p) => task(p, 'lint'))];
    const durations = new Map([
      ['a:test--slow', 1000],
      ...['b', 'c', 'd', 'e'].map((p) => [`${p}:lint`, 100] as const),
    ]);
    const plan = planTasks(tasks, durations, limits({ jobSeconds: 60 }));
    expect(plan.jobs).toHaveLength(2);
    expect(idsOf(plan)).toEqual([['a:test--slow'], ['b:lint', 'c:lint', 'd:lint', 'e:lint']]);
  });

  it(`keeps every matrix within the batch size (never above GitHub's ${GITHUB_MATRIX_LIMIT}) and batches even`, () => {
    const tasks = Array.from({ length: 1000 }, (_, i) => task(`p${i}`, 'lint'));
    const plan = planTasks(tasks, new Map(), limits({ jobsPerBatch: 240, maxBatches: 4, jobSeconds: 60 }));
    expect(plan.jobs).toHaveLength(960);
    expect(plan.batches.map((b) => b.length)).toEqual([240, 240, 240, 240]);
    expect(plan.batches.flat()).toEqual(plan.jobs.map((j) => j.shard));
    const uneven = planTasks(tasks.slice(0, 300), new Map(), limits({ jobsPerBatch: 240, jobSeconds: 60 }));
    expect(uneven.batches.map((b) => b.length)).toEqual([150, 150]);
  });

  it('says so when the work needs more jobs than the batches hold, and makes the jobs longer', () => {
    const tasks = Array.from({ length: 50 }, (_, i) => task(`p${i}`, 'test--1'));
    const plan = planTasks(tasks, new Map(), limits({ jobsPerBatch: 5, maxBatches: 2, jobSeconds: 300 }));
    expect(plan.jobs).toHaveLength(10);
    expect(plan.jobs.every((j) => j.tasks.length === 5)).toBe(true);
    expect(plan.notices).toEqual([expect.objectContaining({ ruleId: 'plan/job-cap', severity: 'warning' })]);
    expect(plan.notices[0]!.message).toContain('wants 50 jobs');
    expect(plan.notices[0]!.hint).toContain('--maxBatches');
  });

  it('balances skewed durations within 1.3 of the mean', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const tasks = Array.from({ length: 600 }, (_, i) => task(`p${i % 200}`, `test--${i}`));
    const durations = new Map(tasks.map((t) => [t.id, 60 + Math.floor(840 * random() ** 3)]));
    const plan = planTasks(tasks, durations, limits({ jobSeconds: 1200 }));
    expect(planBalance(plan.jobs)).toBeLessThan(1.3);
  });

  it('pays for a shared dependency once per job and keeps tasks that share it together when that costs nothing', () => {
    const tasks = ['1', '2', '3'].map((f) => task('a', `test--${f}`, ['a:setup']));
    const durations = new Map([
      ['a:setup', 100],
      ['a:test--1', 100],
      ['a:test--2', 100],
      ['a:test--3', 100],
    ]);
    const together = planTasks(tasks, durations, limits({ jobSeconds: 10_000 }));
    expect(together.jobs).toHaveLength(1);
    expect(together.jobs[0]!.seconds).toBe(400);
    const spread = planTasks(tasks, durations, limits({ jobSeconds: 200 }));
    expect(spread.jobs.map((j) => [j.tasks.length, j.seconds])).toEqual([
      [2, 300],
      [1, 200],
    ]);
  });

  it('estimates unknown tasks from recorded ones of the same target family, else from defaults', () => {
    const plan = planTasks(
      [task('a', 'test--new'), task('a', 'lint'), task('a', 'custom')],
      new Map([
        ['b:test--old', 500],
        ['c:test--old', 700],
      ]),
      limits(),
    );
    const byId = new Map(plan.jobs.flatMap((j) => j.tasks).map((t) => [t.id, [t.seconds, t.recorded]]));
    expect(byId.get('a:test--new')).toEqual([600, false]);
    expect(byId.get('a:lint')).toEqual([60, false]);
    expect(byId.get('a:custom')).toEqual([120, false]);
  });

  it('passes names that a shell or YAML would interpret through as they are', () => {
    const weird = task('x"; rm -rf / #', 'test--$(id)', ['x"; rm -rf / #:setup']);
    const plan = planTasks([weird], new Map(), limits());
    expect(plan.jobs[0]!.tasks[0]).toMatchObject({ id: 'x"; rm -rf / #:test--$(id)', project: 'x"; rm -rf / #' });
  });

  it('gives the same plan for the same input', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => task(`p${i % 7}`, `test--${i % 5}`));
    expect(planTasks(tasks, new Map(), limits())).toEqual(planTasks([...tasks].reverse(), new Map(), limits()));
  });
});

describe('planBalance', () => {
  it('is the longest job over the mean', () => {
    expect(planBalance([{ seconds: 300 }, { seconds: 100 }])).toBe(1.5);
    expect(planBalance([])).toBe(0);
  });
});

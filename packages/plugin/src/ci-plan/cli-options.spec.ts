import { UserError } from '../errors/user-error';
import { parseCliArgs } from './cli-options';

describe('parseCliArgs', () => {
  it('fills every option of plan from the environment and the defaults', () => {
    expect(parseCliArgs(['plan'], { NX_BASE: 'abc', defaultBase: 'main' })).toEqual({
      command: 'plan',
      base: 'abc',
      head: 'HEAD',
      target: 'ci',
      timingsFile: 'dist/ci-plan/timings.json',
      outDir: 'dist/ci-plan',
      limits: { jobsPerBatch: 240, maxBatches: 4, jobSeconds: 1200 },
    });
    expect(
      parseCliArgs(['plan', '--base=x', '--job-minutes=30', '--max-batches', '2'], { NX_BASE: 'abc' }),
    ).toMatchObject({ base: 'x', limits: { jobsPerBatch: 240, maxBatches: 2, jobSeconds: 1800 } });
  });

  it('takes the shard of run from DD_CI_SHARD', () => {
    expect(parseCliArgs(['run'], { DD_CI_SHARD: '7' })).toEqual({
      command: 'run',
      shard: 7,
      parallel: 2,
      planFile: 'dist/ci-plan/plan.json',
      outDir: 'dist/ci-plan',
    });
  });

  it('reports every problem at once, with the usage as the hint', () => {
    const error = (() => {
      try {
        parseCliArgs(['plan', '--jobs-per-batch=300', '--max-batches=x'], {});
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error!.message).toBe('ci-plan plan: --max-batches must be a number; received "x".');
    expect(error!.hint).toContain('Usage:');
    expect(() => parseCliArgs(['plan', '--jobs-per-batch=300'], {})).toThrow(/from 1 to 256/);
    expect(() => parseCliArgs(['run', '--shard=0', '--parallel=0'], {})).toThrow(
      /the shard must be a whole number from 1; received "0"; --parallel must be/,
    );
    expect(() => parseCliArgs(['run'], {})).toThrow(/pass --shard=<n> or set DD_CI_SHARD/);
    expect(() => parseCliArgs(['deploy'], {})).toThrow(/unknown command "deploy"/);
    expect(() => parseCliArgs(['plan', '--nope'], {})).toThrow(UserError);
  });

  it('shows the usage for --help or no command', () => {
    expect(parseCliArgs([], {})).toEqual({ command: 'help' });
    expect(parseCliArgs(['plan', '--help'], {})).toEqual({ command: 'help' });
  });
});

import { codeSpan } from './markdown';
import type { PlanFile } from './plan-file';
import { renderPlanSummary } from './render-plan-summary';

const SHA = 'a'.repeat(40);
const base: PlanFile = {
  format: 'dd-ci-plan/1',
  target: 'ci',
  base: SHA,
  head: 'HEAD',
  jobs: [],
  batches: [],
  totalSeconds: 0,
  reasons: {},
  notices: [],
  planningMs: 1234,
};
const task = (id: string, seconds: number, recorded = true) => {
  const [project, target] = [id.slice(0, id.lastIndexOf(':')), id.slice(id.lastIndexOf(':') + 1)];
  return { id, project, target, dependencies: [], seconds, recorded };
};

describe('renderPlanSummary', () => {
  it('is one line when nothing is affected', () => {
    expect(renderPlanSummary(base)).toBe(
      '**CI plan**: nothing to run, no task of `ci` is affected by `aaaaaaaaaa`..`HEAD`.\n',
    );
  });

  it('shows the headline figures, one row per job and why each task is planned', () => {
    const summary = renderPlanSummary({
      ...base,
      jobs: [
        { shard: 1, batch: 1, seconds: 900, tasks: [task('a:test--7.0', 900)] },
        { shard: 2, batch: 1, seconds: 700, tasks: [task('a:lint', 40), task('b:package', 660, false)] },
      ],
      batches: [[1, 2]],
      totalSeconds: 1600,
      reasons: { 'a:test--7.0': 'integrations/a/check.py changed', 'a:lint': 'x', 'b:package': 'y' },
      notices: [{ ruleId: 'timings/missing', severity: 'notice', message: 'No recorded task durations.' }],
    });
    expect(summary).toContain('### CI plan: 3 tasks in 2 jobs, 1 batch');
    expect(summary).toContain('estimated work 27 min · longest job 15 min · balance (longest / mean job) 1.13');
    expect(summary).toContain('2 of 3 durations recorded');
    expect(summary).toContain('> **notice** `timings/missing`: No recorded task durations.');
    expect(summary).toContain('| 2 | 1 | 12 min | `a:lint`, `b:package` |');
    expect(summary).toContain('- `a:test--7.0`: integrations/a/check.py changed');
  });

  it('keeps names that Markdown, HTML or a table would interpret as literal text in their cell', () => {
    const weird = 'x|y`<b>*z*\nw:lint';
    const summary = renderPlanSummary({
      ...base,
      jobs: [{ shard: 1, batch: 1, seconds: 60, tasks: [task(weird, 60)] }],
      batches: [[1]],
      totalSeconds: 60,
      reasons: { [weird]: 'a <script> | b' },
    });
    const row = summary.split('\n').find((l) => l.startsWith('| 1 |'))!;
    expect(row).toBe('| 1 | 1 | 60 s | ``x\\|y`<b>*z* w:lint`` |');
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(summary).toContain('a \\<script\\> \\| b');
  });
});

describe('codeSpan', () => {
  it('fences text holding backticks with a longer run, padded where the text starts or ends with one', () => {
    expect(codeSpan('a')).toBe('`a`');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`a')).toBe('`` `a ``');
  });
});

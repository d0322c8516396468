import { readJunitCounts } from './junit-counts';
import { renderFlavorSummary } from './render-flavor-summary';

describe('readJunitCounts', () => {
  it('sums tests, failures and errors, and skipped tests of every suite', () => {
    const xml =
      '<testsuites><testsuite name="pytest" errors="1" failures="2" skipped="1" tests="10" time="1.0"></testsuite><testsuite tests="3" failures="0" errors="0" skipped="0"/></testsuites>';
    expect(readJunitCounts(xml)).toEqual({ tests: 13, failed: 3, skipped: 1, passed: 9 });
  });
});

describe('renderFlavorSummary', () => {
  it('prints one aligned row per flavor', () => {
    const text = renderFlavorSummary([
      {
        project: 'redis',
        flavor: '6.0',
        status: 'success',
        durationMs: 12_340,
        counts: { tests: 11, failed: 0, skipped: 0, passed: 11 },
      },
      {
        project: 'redis',
        flavor: '7.0',
        status: 'failure',
        durationMs: 9_000,
        counts: { tests: 11, failed: 2, skipped: 0, passed: 9 },
      },
      { project: 'redis', flavor: '8.0', status: 'local-cache' },
    ]);
    expect(text.split('\n')).toEqual([
      'Flavors',
      'project  flavor  result          duration  passed  failed  skipped',
      '-------  ------  --------------  --------  ------  ------  -------',
      'redis    6.0     passed          12.3 s    11      0       0',
      'redis    7.0     FAILED          9.0 s     9       2       0',
      'redis    8.0     passed (cache)  -         -       -       -',
    ]);
  });
});

import { computeMetricCoverage, renderCoverageLine, renderMetricCoverage } from './metric-coverage';

describe('computeMetricCoverage', () => {
  it('splits declared metrics into asserted and not asserted', () => {
    const coverage = computeMetricCoverage(['a.up', 'a.down', 'a.up'], {
      asserted: ['a.up', 'a.extra'],
      submitted: [],
    });
    expect(coverage).toEqual({ covered: ['a.up'], uncovered: ['a.down'], undeclared: ['a.extra'], percent: 50 });
  });

  it('counts an empty metadata.csv as fully covered', () => {
    expect(computeMetricCoverage([], { asserted: [], submitted: [] }).percent).toBe(100);
  });

  it('renders one line per metric with its state', () => {
    const text = renderMetricCoverage(
      'a',
      computeMetricCoverage(['a.up', 'a.down'], { asserted: ['a.up'], submitted: [] }),
    );
    expect(text.split('\n')).toEqual([
      'Metric coverage for a: 1/2 metrics of metadata.csv asserted (50%)',
      '  [x] a.up',
      '  [ ] a.down   (not asserted by any test)',
    ]);
  });

  it('counts rather than lists the asserted metrics past twenty, keeping those to act on', () => {
    const declared = Array.from({ length: 25 }, (_, i) => `a.m${i}`);
    const coverage = computeMetricCoverage(declared, { asserted: [...declared.slice(1), 'a.extra'], submitted: [] });
    expect(renderMetricCoverage('a', coverage).split('\n')).toEqual([
      'Metric coverage for a: 24/25 metrics of metadata.csv asserted (96%); 1 asserted but missing from metadata.csv',
      '  [x] 24 asserted metrics (not listed)',
      '  [ ] a.m0   (not asserted by any test)',
      '  [!] a.extra   (asserted by a test but missing from metadata.csv)',
    ]);
  });

  it('summarises a run in one line', () => {
    const coverage = computeMetricCoverage(['a.up', 'a.down'], { asserted: ['a.up', 'a.down'], submitted: [] });
    expect(renderCoverageLine('a (flavor 7.0)', coverage)).toBe(
      'Metric coverage for a (flavor 7.0): 2/2 metrics of metadata.csv asserted (100%)',
    );
  });
});

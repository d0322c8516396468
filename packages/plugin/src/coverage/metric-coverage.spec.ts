import { computeMetricCoverage, renderMetricCoverage } from './metric-coverage';

describe('computeMetricCoverage', () => {
  it('splits declared metrics into asserted and not asserted', () => {
    const coverage = computeMetricCoverage(['a.up', 'a.down', 'a.up'], { asserted: ['a.up', 'a.extra'], submitted: [] });
    expect(coverage).toEqual({ covered: ['a.up'], uncovered: ['a.down'], undeclared: ['a.extra'], percent: 50 });
  });

  it('counts an empty metadata.csv as fully covered', () => {
    expect(computeMetricCoverage([], { asserted: [], submitted: [] }).percent).toBe(100);
  });

  it('renders one line per metric with its state', () => {
    const text = renderMetricCoverage('a', computeMetricCoverage(['a.up', 'a.down'], { asserted: ['a.up'], submitted: [] }));
    expect(text.split('\n')).toEqual([
      'Metric coverage for a: 1/2 metrics of metadata.csv asserted (50%)',
      '  [x] a.up',
      '  [ ] a.down   (not asserted by any test)',
    ]);
  });
});

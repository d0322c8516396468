import { d, metadata, runRule } from '../../__fixtures__/run-rule';
import { testedMetricRule } from './tested-metric-in-metadata';

const T = 'tests/test_foo.py';
const test = (body: string) => ({
  ...metadata('foo.up,gauge,,,,Up,1,foo,up'),
  [T]: `def test_it(aggregator):\n${body}\n`,
});

describe('cross/tested-metric-not-in-metadata', () => {
  it.each([
    ['accepts an asserted metric of metadata.csv', test("    aggregator.assert_metric('foo.up', value=1)"), []],
    [
      'reports a metric metadata.csv lacks',
      test('    aggregator.assert_metric("foo.down")'),
      [
        d(
          'cross/tested-metric-not-in-metadata',
          T,
          2,
          16,
          "the tests assert metric 'foo.down', which metadata.csv does not list",
          'warning',
        ),
      ],
    ],
    [
      'is an error when the same test checks metadata',
      test(
        "    aggregator.assert_metric('foo.down')\n    aggregator.assert_metrics_using_metadata(get_metadata_metrics())",
      ),
      [
        d(
          'cross/tested-metric-not-in-metadata',
          T,
          2,
          16,
          "the tests assert metric 'foo.down', which metadata.csv does not list",
        ),
      ],
    ],
    [
      'stays a warning when another test checks metadata',
      {
        ...test("    aggregator.assert_metric('foo.down')"),
        [T]: "def test_a(aggregator):\n    aggregator.assert_metric('foo.down')\n\n\ndef test_b(aggregator):\n    aggregator.assert_metrics_using_metadata(get_metadata_metrics())\n",
      },
      [
        d(
          'cross/tested-metric-not-in-metadata',
          T,
          2,
          16,
          "the tests assert metric 'foo.down', which metadata.csv does not list",
          'warning',
        ),
      ],
    ],
    [
      'reads assert_metric_has_tag and name=',
      test("    aggregator.assert_metric_has_tag('foo.x', 'a:b')\n    aggregator.assert_metric(name='foo.y')"),
      [
        d(
          'cross/tested-metric-not-in-metadata',
          T,
          2,
          16,
          "the tests assert metric 'foo.x', which metadata.csv does not list",
          'warning',
        ),
        d(
          'cross/tested-metric-not-in-metadata',
          T,
          3,
          16,
          "the tests assert metric 'foo.y', which metadata.csv does not list",
          'warning',
        ),
      ],
    ],
    ['skips a metric asserted as absent', test("    aggregator.assert_metric('foo.gone', count=0)"), []],
    [
      'skips names built at run time',
      test(
        "    aggregator.assert_metric('foo.{}'.format(x))\n    aggregator.assert_metric(NAME)\n    aggregator.assert_metric('foo.' + name)",
      ),
      [],
    ],
  ])('%s', (_title, files, expected) => {
    expect(runRule(testedMetricRule, files)).toEqual(expected);
  });
});

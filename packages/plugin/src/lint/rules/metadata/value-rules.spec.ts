import { d, HEADER, MANIFEST_V1, metadata, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { metadataDescriptionPipeRule } from './description-pipe';
import { metadataDescriptionLengthRule } from './description-too-long';
import { metadataDuplicateMetricRule } from './duplicate-metric';
import { metadataEmptyRequiredRule } from './empty-required-field';
import { metadataIntegrationRule } from './integration-mismatch';
import { metadataCuratedMetricRule } from './invalid-curated-metric';
import { metadataIntervalRule } from './invalid-interval';
import { metadataMetricNameRule, normalizeMetricName } from './invalid-metric-name';
import { metadataMetricTypeRule } from './invalid-metric-type';
import { metadataOrientationRule } from './invalid-orientation';
import { metadataNonAsciiRule } from './non-ascii';
import { metadataPrefixRule } from './prefix-mismatch';
import { metadataRateIntervalRule } from './rate-without-interval';
import { metadataTimePerTimeRule } from './time-per-time-unit';
import { metadataUnknownUnitRule } from './unknown-unit';

const M = 'metadata.csv';
const row = (
  fields: Partial<
    Record<'name' | 'type' | 'interval' | 'unit' | 'per' | 'desc' | 'orientation' | 'integration' | 'short', string>
  >,
) =>
  [
    fields.name ?? 'foo.up',
    fields.type ?? 'gauge',
    fields.interval ?? '',
    fields.unit ?? '',
    fields.per ?? '',
    fields.desc ?? 'Up',
    fields.orientation ?? '0',
    fields.integration ?? 'foo',
    fields.short ?? '',
  ].join(',');
const v2 = (sourceTypeName: string, prefix: string) =>
  JSON.stringify({
    manifest_version: '2.0.0',
    app_uuid: 'x',
    tile: {},
    assets: { integration: { source_type_name: sourceTypeName, metrics: { prefix } } },
  });

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    metadataMetricTypeRule,
    'accepts count, gauge and rate',
    metadata(
      row({ type: 'count' }),
      row({ name: 'foo.b', type: 'gauge' }),
      row({ name: 'foo.c', type: 'rate', interval: '10' }),
    ),
    [],
  ],
  [
    metadataMetricTypeRule,
    'reports upper case',
    metadata(row({ type: 'GAUGE' })),
    [d('metadata/invalid-metric-type', M, 2, 8, "metric_type 'GAUGE' is not one of count, gauge, rate")],
  ],
  [
    metadataMetricTypeRule,
    'reports counter',
    metadata(row({ type: 'counter' })),
    [d('metadata/invalid-metric-type', M, 2, 8, "metric_type 'counter' is not one of count, gauge, rate")],
  ],
  [
    metadataMetricTypeRule,
    'reports distribution, which upstream rejects',
    metadata(row({ type: 'distribution' })),
    [d('metadata/invalid-metric-type', M, 2, 8, "metric_type 'distribution' is not one of count, gauge, rate")],
  ],
  [metadataMetricTypeRule, 'skips rows of the wrong length', metadata('foo.up,GAUGE'), []],
  [
    metadataUnknownUnitRule,
    'accepts catalogue, guide and currency units',
    metadata(
      row({ unit: 'byte', per: 'second' }),
      row({ name: 'foo.b', unit: 'garbage' }),
      row({ name: 'foo.c', unit: 'złoty' }),
    ),
    [],
  ],
  [
    metadataUnknownUnitRule,
    'reports unknown units in both columns',
    metadata(row({ unit: 'bytes', per: 'tuple' })),
    [
      d('metadata/unknown-unit', M, 2, 15, "unit_name 'bytes' is not a unit Datadog knows"),
      d('metadata/unknown-unit', M, 2, 21, "per_unit_name 'tuple' is not a unit Datadog knows"),
    ],
  ],
  [
    metadataTimePerTimeRule,
    'reports millisecond per second',
    metadata(row({ unit: 'millisecond', per: 'second' })),
    [d('metadata/time-per-time-unit', M, 2, 15, "unit 'millisecond/second' is a time per time")],
  ],
  [metadataTimePerTimeRule, 'accepts request per second', metadata(row({ unit: 'request', per: 'second' })), []],
  [
    metadataOrientationRule,
    'accepts -1, 0 and 1',
    metadata(row({ orientation: '-1' }), row({ name: 'foo.b', orientation: '1' })),
    [],
  ],
  [
    metadataOrientationRule,
    'reports a range',
    metadata(row({ orientation: '0-2' })),
    [d('metadata/invalid-orientation', M, 2, 20, "orientation '0-2' is not -1, 0 or 1")],
  ],
  [
    metadataEmptyRequiredRule,
    'reports empty required fields once per row',
    metadata(row({ orientation: '', integration: '' })),
    [d('metadata/empty-required-field', M, 2, 20, 'required fields orientation, integration are empty')],
  ],
  [metadataEmptyRequiredRule, 'accepts empty optional fields', metadata(row({ desc: '', short: '' })), []],
  [
    metadataIntervalRule,
    'reports a non-integer interval',
    metadata(row({ interval: '10s' })),
    [d('metadata/invalid-interval', M, 2, 14, "interval '10s' is not an integer")],
  ],
  [
    metadataRateIntervalRule,
    'warns about a rate without interval',
    metadata(row({ type: 'rate' })),
    [d('metadata/rate-without-interval', M, 2, 13, 'a rate without an interval', 'warning')],
  ],
  [metadataRateIntervalRule, 'accepts a rate with an interval', metadata(row({ type: 'rate', interval: '15' })), []],
  [metadataDescriptionLengthRule, 'accepts 400 characters', metadata(row({ desc: 'x'.repeat(400) })), []],
  [
    metadataDescriptionLengthRule,
    'reports 401 characters',
    metadata(row({ desc: 'x'.repeat(401) })),
    [d('metadata/description-too-long', M, 2, 17, 'description has 401 characters, at most 400 are allowed')],
  ],
  [
    metadataDescriptionPipeRule,
    'reports a pipe',
    metadata(row({ desc: 'a | b' })),
    [d('metadata/description-pipe', M, 2, 17, "description contains '|'")],
  ],
  [
    metadataNonAsciiRule,
    'reports a typographic quote',
    metadata(row({ desc: 'the “best”' })),
    [d('metadata/non-ascii', M, 2, 17, "description contains the non-ASCII character '“' (U+201C)")],
  ],
  [metadataNonAsciiRule, 'accepts accented currency units', metadata(row({ unit: 'złoty' })), []],
  [metadataIntegrationRule, 'accepts the normalised v1 display name', metadata(row({})), []],
  [
    metadataIntegrationRule,
    'reports another case',
    metadata(row({ integration: 'Foo' })),
    [d('metadata/integration-mismatch', M, 2, 22, "integration 'Foo' should be 'foo'")],
  ],
  [
    metadataIntegrationRule,
    'normalises a v2 source_type_name',
    {
      'metadata.csv': `${HEADER}\n${row({ name: 'bind9.q', integration: 'bind9' })}\n`,
      'manifest.json': v2('BIND 9', 'bind9.'),
    },
    [d('metadata/integration-mismatch', M, 2, 23, "integration 'bind9' should be 'bind_9'")],
  ],
  [
    metadataIntegrationRule,
    'falls back to the folder name',
    { 'metadata.csv': `${HEADER}\n${row({ integration: 'bar' })}\n` },
    [d('metadata/integration-mismatch', M, 2, 22, "integration 'bar' should be 'foo'")],
  ],
  [
    metadataMetricNameRule,
    'accepts upper case, digits and underscores',
    metadata(row({ name: 'foo.dbStats.p99_latency' })),
    [],
  ],
  [
    metadataMetricNameRule,
    'reports a placeholder',
    metadata(row({ name: 'foo.last_<interval>.acked' })),
    [
      d(
        'metadata/invalid-metric-name',
        M,
        2,
        1,
        "metric name 'foo.last_<interval>.acked' is not normalised (it contains the placeholder <interval>); Datadog would store 'foo.last__interval.acked'",
      ),
    ],
  ],
  [
    metadataMetricNameRule,
    'reports a space',
    metadata(row({ name: 'foo.a b' })),
    [
      d(
        'metadata/invalid-metric-name',
        M,
        2,
        1,
        "metric name 'foo.a b' is not normalised; Datadog would store 'foo.a_b'",
      ),
    ],
  ],
  [metadataPrefixRule, 'accepts the prefix and shared prefixes', metadata(row({}), row({ name: 'system.cpu' })), []],
  [
    metadataPrefixRule,
    'reports another prefix',
    metadata(row({ name: 'bar.up' })),
    [d('metadata/prefix-mismatch', M, 2, 1, "metric 'bar.up' does not start with the manifest's prefix 'foo.'")],
  ],
  [
    metadataDuplicateMetricRule,
    'reports the second row of a metric',
    metadata(row({}), row({ type: 'count' })),
    [d('metadata/duplicate-metric', M, 3, 1, "metric 'foo.up' is already listed on line 2")],
  ],
  [
    metadataCuratedMetricRule,
    'accepts cpu|memory',
    { 'metadata.csv': `${HEADER},curated_metric\n${row({})},cpu|memory\n`, 'manifest.json': MANIFEST_V1 },
    [],
  ],
  [
    metadataCuratedMetricRule,
    'reports other and repeated values',
    { 'metadata.csv': `${HEADER},curated_metric\n${row({})},cpu|cpu|disk\n`, 'manifest.json': MANIFEST_V1 },
    [
      d(
        'metadata/invalid-curated-metric',
        M,
        2,
        27,
        "curated_metric 'cpu|cpu|disk': 'disk' not one of cpu, memory; a value is repeated",
      ),
    ],
  ],
];

describe('metadata.csv value rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );

  it.each([
    ['foo.bar', 'foo.bar'],
    ['foo. bar', 'foo.bar'],
    ['1foo.bar', 'foo.bar'],
    ['foo.<x>.y', 'foo.x.y'],
  ])('normalises %s as Datadog does: %s', (name, normal) => {
    expect(normalizeMetricName(name)).toBe(normal);
  });
});

import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

/** Datadog's normalisation of a metric name in metadata: what it would store instead. */
export function normalizeMetricName(name: string): string {
  return name
    .replace(/([^a-zA-Z0-9_.]+)|(^[^a-zA-Z]+)/g, '_')
    .replace(/_*\._*/g, '.')
    .replace(/^_+|_+$/g, '');
}

export const metadataMetricNameRule: LintRule = {
  id: 'metadata/invalid-metric-name',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`it should be normalized as`)',
  },
  description:
    "metric_name is already in Datadog's normal form: letters, digits, `_` and `.`, starting with a letter, no `_` next to a dot. Otherwise Datadog stores another name and the metadata no longer matches the metric. Placeholders such as `<interval>` are a common slip. Bad: `storm.bolt.last_<interval>.acked`, `foo. bar`. Good: `storm.bolt.last_60.acked`. Fix: write the name the check really submits.",
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'metric_name');
      if (!cell || cell.value === '') return [];
      const normal = normalizeMetricName(cell.value);
      if (normal === cell.value) return [];
      const placeholder = /<[^>]*>|\{[^}]*\}/.exec(cell.value);
      return [
        report(
          METADATA,
          cell.field,
          `metric name '${cell.value}' is not normalised${placeholder ? ` (it contains the placeholder ${placeholder[0]})` : ''}; Datadog would store '${normal}'`,
          placeholder ? 'list each real metric name the check submits instead of a placeholder' : `write '${normal}'`,
        ),
      ];
    }),
};

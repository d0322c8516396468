import type { LintRule } from '../../lint-rule';
import { METRIC_TYPES } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

const TYPES: readonly string[] = METRIC_TYPES;
const SUGGESTIONS: Record<string, string> = {
  counter: 'count',
  monotonic_count: 'count',
  distribution: 'gauge',
  histogram: 'gauge',
};

export const metadataMetricTypeRule: LintRule = {
  id: 'metadata/invalid-metric-type',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`is an invalid metric_type`)',
  },
  description:
    "metric_type is one of count, gauge or rate, in lower case: the guide's three types are the only ones Datadog's metadata accepts (distribution and histogram are not). Bad: `GAUGE`, `counter`. Good: `gauge`, `count`. Fix: use the type the check submits the metric as; `nx lint --fix` lower-cases a type written in capitals.",
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'metric_type');
      if (!cell || cell.value === '' || TYPES.includes(cell.value)) return [];
      const lower = cell.value.toLowerCase();
      const hint = TYPES.includes(lower)
        ? `write it in lower case: '${lower}' (nx lint --fix does it)`
        : SUGGESTIONS[lower]
          ? `use '${SUGGESTIONS[lower]}'${lower in { distribution: 1, histogram: 1 } ? ' (Datadog lists histogram and distribution sub-metrics as gauges)' : ''}`
          : `use one of ${TYPES.join(', ')}`;
      return [report(METADATA, cell.field, `metric_type '${cell.value}' is not one of ${TYPES.join(', ')}`, hint)];
    }),
};

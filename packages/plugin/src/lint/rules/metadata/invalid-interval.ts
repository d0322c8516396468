import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataIntervalRule: LintRule = {
  id: 'metadata/invalid-interval',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`interval should be an int`)',
  },
  description:
    'interval, when present, is a whole number of seconds: Datadog uses it to convert between rates and counts. Bad: `10s`, `1.5`. Good: `10`. Fix: write the collection interval in seconds as an integer, or leave it empty.',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'interval');
      if (!cell || cell.value === '' || /^\d+$/.test(cell.value)) return [];
      return [
        report(
          METADATA,
          cell.field,
          `interval '${cell.value}' is not an integer`,
          'write the interval in seconds as a whole number (e.g. 15), or leave it empty',
        ),
      ];
    }),
};

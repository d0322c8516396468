import type { LintRule } from '../../lint-rule';
import { REQUIRED_COLUMNS } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataEmptyRequiredRule: LintRule = {
  id: 'metadata/empty-required-field',
  policy: { provenance: 'upstream', validator: 'metadata', basis: '`ddev validate metadata` (`is empty in N rows`)' },
  description:
    'metric_name, metric_type, orientation and integration have a value in every row: Datadog cannot file a metric without them. Bad: `foo.bar,gauge,,,,Requests,,,`. Good: `foo.bar,gauge,,,,Requests,0,foo,`. Fix: fill the empty fields (orientation 0 when there is no preference, integration the normalised integration name).',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const empty = REQUIRED_COLUMNS.map((column) => ({ column, cell: cellOf(table, row, column) })).filter(
        ({ cell }) => cell && cell.value === '',
      );
      if (empty.length === 0) return [];
      return [
        report(
          METADATA,
          empty[0].cell!.field,
          `required ${empty.length === 1 ? 'field' : 'fields'} ${empty.map((e) => e.column).join(', ')} ${empty.length === 1 ? 'is' : 'are'} empty`,
          `fill ${empty.map((e) => e.column).join(', ')} (orientation: -1, 0 or 1; integration: the normalised integration name)`,
        ),
      ];
    }),
};

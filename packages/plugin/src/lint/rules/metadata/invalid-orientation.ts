import type { LintRule } from '../../lint-rule';
import { ORIENTATIONS } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataOrientationRule: LintRule = {
  id: 'metadata/invalid-orientation',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`is an invalid orientation`)',
  },
  description:
    'orientation is -1 (smaller is better), 0 (no preference) or 1 (larger is better): Datadog uses it to colour changes. Bad: `0-2`, `up`. Good: `0`. Fix: write one of the three integers.',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'orientation');
      if (!cell || cell.value === '' || (ORIENTATIONS as readonly string[]).includes(cell.value)) return [];
      return [
        report(
          METADATA,
          cell.field,
          `orientation '${cell.value}' is not -1, 0 or 1`,
          'write -1 (smaller is better), 0 (no preference) or 1 (larger is better)',
        ),
      ];
    }),
};

import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { cellOf, METADATA } from './metadata-rule';

export const metadataDuplicateMetricRule: LintRule = {
  id: 'metadata/duplicate-metric',
  policy: { provenance: 'upstream', validator: 'metadata', basis: '`ddev validate metadata` (duplicate metric_name)' },
  description:
    "Each metric_name appears once in metadata.csv: Datadog keeps one of the rows, so the other's type, unit and description are silently lost. Fix: merge the rows into one, or correct the name of the second.",
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const seen = new Map<string, number>();
    const out: Finding[] = [];
    for (const row of table.rows) {
      const cell = cellOf(table, row, 'metric_name');
      if (!cell || cell.value === '') continue;
      const first = seen.get(cell.value);
      if (first === undefined) seen.set(cell.value, row.line);
      else
        out.push(
          report(
            METADATA,
            cell.field,
            `metric '${cell.value}' is already listed on line ${first}`,
            'keep one row per metric',
          ),
        );
    }
    return out;
  },
};

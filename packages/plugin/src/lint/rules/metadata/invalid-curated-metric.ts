import type { LintRule } from '../../lint-rule';
import { CURATED_METRIC_TYPES } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

const TYPES: readonly string[] = CURATED_METRIC_TYPES;

export const metadataCuratedMetricRule: LintRule = {
  id: 'metadata/invalid-curated-metric',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`invalid curated metric type`)',
  },
  description: `curated_metric, when present, lists ${TYPES.join(' or ')} separated by \`|\`, each once: Datadog uses it to show the metric in its CPU and memory views. Bad: \`disk\`, \`cpu|cpu\`. Good: \`cpu\`, \`cpu|memory\`. Fix: keep only those values, or leave the field empty.`,
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'curated_metric');
      if (!cell || cell.value === '') return [];
      const values = cell.value.split('|');
      const wrong = values.filter((v) => !TYPES.includes(v));
      const problems = [
        ...(wrong.length ? [`'${wrong.join("', '")}' not one of ${TYPES.join(', ')}`] : []),
        ...(new Set(values).size !== values.length ? ['a value is repeated'] : []),
      ];
      if (problems.length === 0) return [];
      return [
        report(
          METADATA,
          cell.field,
          `curated_metric '${cell.value}': ${problems.join('; ')}`,
          `use ${TYPES.join(', ')} (separated by |), or leave it empty`,
        ),
      ];
    }),
};

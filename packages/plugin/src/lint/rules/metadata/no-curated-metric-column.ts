import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataNoCuratedMetricColumnRule: LintRule = {
  id: 'metadata/no-curated-metric-column',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis:
      "`ddev validate metadata` reads `row['curated_metric']` from every row, and without the column stops with `KeyError: 'curated_metric'`, which fails the job",
  },
  description:
    "A metadata.csv with rows has a `curated_metric` column, even when every value in it is empty: the 2017 guide's header has no such column, but `ddev validate metadata` reads it from every row and stops with `KeyError: 'curated_metric'` when it is absent (every metadata.csv of integrations-extras has it). A file with a header only is read without it. Bad: the guide's nine columns and a row. Good: `...,short_name,curated_metric` and an empty last field on each row (`cpu` or `memory` where the metric is one). Fix: add `curated_metric` to the header and a field to every row.",
  check: (context) => {
    const table = context.metadata();
    if (!table?.header || table.rows.length === 0) return [];
    if (table.columns.some((c) => c.name === 'curated_metric')) return [];
    return [
      report(
        METADATA,
        { line: table.header.line, column: 1 },
        "the header has no 'curated_metric' column: `ddev validate metadata` stops on the first row with KeyError: 'curated_metric'",
        "add 'curated_metric' to the header row and a field (empty, or `cpu`/`memory` where the metric is one) to every row",
      ),
    ];
  },
};

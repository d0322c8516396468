import type { LintRule } from '../../lint-rule';
import { GUIDE_COLUMNS, REQUIRED_COLUMNS } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataMissingColumnRule: LintRule = {
  id: 'metadata/missing-column',
  policy: { provenance: 'upstream', validator: 'metadata', basis: '`ddev validate metadata` (`Missing columns`)' },
  description:
    "The header of metadata.csv names the required columns (metric_name, metric_type, orientation, integration) and the guide's other columns (interval, unit_name, per_unit_name, description, short_name), even when their values stay empty; curated_metric and sample_tags are optional. Bad: `metric_name,metric_type,orientation,integration`. Good: the nine columns of the guide. Fix: add the missing column names to the header and an empty field to every row.",
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const names = new Set(table.columns.map((c) => c.name));
    return [...REQUIRED_COLUMNS, ...GUIDE_COLUMNS]
      .filter((column) => !names.has(column))
      .map((column) =>
        report(
          METADATA,
          { line: table.header!.line, column: 1 },
          `the header has no '${column}' column${(REQUIRED_COLUMNS as readonly string[]).includes(column) ? ' (required)' : ''}`,
          `add '${column}' to the header row and a field (empty if unknown) to every row`,
        ),
      );
  },
};

import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataEmptyColumnRule: LintRule = {
  id: 'metadata/empty-column',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (an unnamed column is an `Invalid column`)',
  },
  description:
    'Every header column of metadata.csv has a name. A spreadsheet export often pads the header and rows with empty trailing columns (`short_name,,,,,`), which Datadog reads as unnamed columns. Fix: remove them; `nx lint --fix` removes empty trailing columns when every row leaves them empty.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const empty = table.columns.filter((c) => c.name === '');
    if (empty.length === 0) return [];
    const trailing = empty.every((c, i) => c.index === table.columns.length - empty.length + i);
    return [
      report(
        METADATA,
        empty[0].field,
        trailing
          ? `the header ends with ${empty.length} empty column(s)`
          : `the header has ${empty.length} column(s) without a name`,
        trailing
          ? 'remove the trailing commas from the header and the rows (nx lint --fix does it)'
          : 'name the column or remove it from the header and every row',
      ),
    ];
  },
};

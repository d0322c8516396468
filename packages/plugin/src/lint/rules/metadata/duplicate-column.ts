import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataDuplicateColumnRule: LintRule = {
  id: 'metadata/duplicate-column',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "Python's csv.DictReader, which ddev and Datadog's metadata sync read the file with, keeps the last of two same-named columns: the first column's values are silently lost",
  },
  description:
    'A column name appears once in the header of metadata.csv: with two `unit_name` columns, readers keep one and silently drop the other. Bad: `metric_name,unit_name,unit_name`. Fix: remove the second column from the header and every row.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    return table.columns
      .filter((c) => c.name !== '' && table.indexOf(c.name) !== c.index)
      .map((c) =>
        report(
          METADATA,
          c.field,
          `column '${c.name}' appears twice in the header (first at column ${table.columns[table.indexOf(c.name)].field.column})`,
          'remove the duplicate column from the header and every row',
        ),
      );
  },
};

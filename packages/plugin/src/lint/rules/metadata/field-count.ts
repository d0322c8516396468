import type { LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataFieldCountRule: LintRule = {
  id: 'metadata/field-count',
  description:
    'Every row of metadata.csv has as many fields as the header has columns; otherwise values slide into the wrong columns (an unquoted comma in a description turns the rest of the row into nonsense). Bad: `foo.bar,gauge,,,,Reads, writes,0,foo,` under a nine-column header. Good: `foo.bar,gauge,,,,"Reads, writes",0,foo,`. Fix: quote fields that contain commas, and add or remove commas until the counts agree.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const expected = table.columns.length;
    return table.rows
      .filter((row) => row.fields.length !== expected)
      .map((row) => {
        const more = row.fields.length > expected;
        const at = more ? row.fields[expected] : row.fields[row.fields.length - 1];
        return report(
          'metadata/field-count',
          METADATA,
          at,
          `row has ${row.fields.length} fields, the header has ${expected} columns`,
          more ? 'quote any field that contains a comma ("a, b") or remove the extra field' : `add the missing ${expected - row.fields.length} field(s) (a trailing comma each)`,
        );
      });
  },
};

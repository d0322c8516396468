import type { CsvRecord } from '../../../metadata/parse-csv';
import type { LintRule } from '../../lint-rule';
import { METRIC_TYPES, ORIENTATIONS } from '../../model/metadata-columns';
import type { MetadataTable } from '../../model/metadata-table';
import { UNIT_NAMES } from '../../model/unit-names';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

/**
 * When a row has `extra` fields too many, tells whether an unquoted comma in the description
 * explains it: the typed fields before the description are valid as they stand, and merged
 * back, the orientation holds -1, 0 or 1.
 */
function commaInDescription(table: MetadataTable, row: CsvRecord, extra: number): boolean {
  const description = table.indexOf('description');
  const orientation = table.indexOf('orientation');
  if (description < 0 || orientation <= description || misplacedBeforeDescription(table, row)) return false;
  return (ORIENTATIONS as readonly string[]).includes(row.fields[orientation + extra]?.value.trim() ?? '');
}

const TYPED: [string, (value: string) => boolean][] = [
  ['metric_type', (v) => (METRIC_TYPES as readonly string[]).includes(v.toLowerCase())],
  ['interval', (v) => /^\d*$/.test(v)],
  ['unit_name', (v) => v === '' || UNIT_NAMES.has(v)],
  ['per_unit_name', (v) => v === '' || UNIT_NAMES.has(v)],
];

/** The first typed field before the description whose value cannot belong there: a likely stray field. */
function misplacedBeforeDescription(
  table: MetadataTable,
  row: CsvRecord,
): { column: string; index: number } | undefined {
  const description = table.indexOf('description');
  return TYPED.map(([column, valid]) => ({ column, index: table.indexOf(column), valid }))
    .filter(({ index }) => index >= 0 && index < description)
    .sort((a, b) => a.index - b.index)
    .find(({ index, valid }) => !valid(row.fields[index]?.value.trim() ?? ''));
}

export const metadataFieldCountRule: LintRule = {
  id: 'metadata/field-count',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`has the wrong number of columns`)',
  },
  description:
    'Every row of metadata.csv has as many fields as the header has columns; otherwise values slide into the wrong columns (an unquoted comma in a description turns the rest of the row into nonsense, which the rule recognises and points at). Bad: `foo.bar,gauge,,,,Reads, writes,0,foo,` under a nine-column header. Good: `foo.bar,gauge,,,,"Reads, writes",0,foo,`. Fix: quote fields that contain commas, and add or remove commas until the counts agree.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const expected = table.columns.length;
    return table.rows
      .filter((row) => row.fields.length !== expected)
      .map((row) => {
        const extra = row.fields.length - expected;
        const counts = `row has ${row.fields.length} fields, the header has ${expected} columns`;
        if (extra > 0 && commaInDescription(table, row, extra)) {
          const after = row.fields[table.indexOf('description') + 1];
          return report(
            METADATA,
            { line: after.line, column: after.column - 1 },
            `${counts}: the description contains an unquoted comma`,
            'put the description in double quotes ("Reads, writes")',
          );
        }
        const stray = extra > 0 ? misplacedBeforeDescription(table, row) : undefined;
        if (stray) {
          const field = row.fields[stray.index];
          return report(
            METADATA,
            field,
            `${counts}: '${field.value.trim()}' cannot be a ${stray.column}, it looks like a stray field`,
            'remove the stray field so that the following values move back under their columns',
          );
        }
        const at = extra > 0 ? row.fields[expected] : row.fields[row.fields.length - 1];
        return report(
          METADATA,
          at,
          counts,
          extra > 0
            ? 'quote any field that contains a comma ("a, b") or remove the extra field'
            : `add the missing ${-extra} field(s) (a trailing comma each)`,
        );
      });
  },
};

import type { CsvField, CsvRecord } from '../../../metadata/parse-csv';
import type { LintContext } from '../../lint-context';
import type { Finding } from '../../lint-rule';
import type { MetadataTable } from '../../model/metadata-table';

export const METADATA = 'metadata.csv';

/**
 * Calls `check` for every well-formed row (as many fields as the header): rows of another
 * length are reported once by metadata/field-count, not again column by column.
 */
export function forEachRow(
  context: LintContext,
  check: (row: CsvRecord, table: MetadataTable) => Finding[],
): Finding[] {
  const table = context.metadata();
  if (!table?.header) return [];
  return table.rows.filter((row) => row.fields.length === table.columns.length).flatMap((row) => check(row, table));
}

/** The trimmed value of a cell and its field, or undefined when the column does not exist. */
export function cellOf(
  table: MetadataTable,
  row: CsvRecord,
  column: string,
): { value: string; field: CsvField } | undefined {
  const field = table.cell(row, column);
  return field ? { value: field.value.trim(), field } : undefined;
}

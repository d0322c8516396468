import { parseCsv, type CsvField, type CsvParseResult, type CsvRecord } from '../../metadata/parse-csv';

/** One header column: the name as written, trimmed for lookups, and where it stands. */
export interface MetadataColumn {
  name: string;
  field: CsvField;
  index: number;
}

/** metadata.csv read once, with every position kept, for all metadata rules. */
export interface MetadataTable {
  csv: CsvParseResult;
  header?: CsvRecord;
  columns: MetadataColumn[];
  /** Data rows: not blank, not a copy of the header. */
  rows: CsvRecord[];
  blankLines: number[];
  /** Data rows that repeat the header (a common copy-paste slip). */
  repeatedHeaders: CsvRecord[];
  /** Index of the first column with that (trimmed) name, or -1. */
  indexOf(name: string): number;
  /** The field of a row under a column, if the row is long enough. */
  cell(row: CsvRecord, name: string): CsvField | undefined;
}

/** Parses metadata.csv into a table keyed by trimmed column names. */
export function buildMetadataTable(text: string): MetadataTable {
  const csv = parseCsv(text);
  const nonBlank = csv.records.filter((r) => !r.blank);
  const header = nonBlank[0];
  const columns = (header?.fields ?? []).map((field, index) => ({ name: field.value.trim(), field, index }));
  const signature = columns.map((c) => c.name).join(',');
  const isHeaderCopy = (r: CsvRecord) => r.fields.map((f) => f.value.trim()).join(',') === signature;
  const data = nonBlank.slice(1);
  const indexOf = (name: string) => columns.findIndex((c) => c.name === name);
  return {
    csv,
    header,
    columns,
    rows: data.filter((r) => !isHeaderCopy(r)),
    blankLines: csv.records.filter((r) => r.blank).map((r) => r.line),
    repeatedHeaders: data.filter(isHeaderCopy),
    indexOf,
    cell: (row, name) => {
      const index = indexOf(name);
      return index < 0 ? undefined : row.fields[index];
    },
  };
}

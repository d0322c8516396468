/*
 * Hand-written rather than csv-parse, by measurement (tools/bench/parsers.ts). csv-parse gives no
 * column for a field (the rules point at one), stops at a quote that never closes with no records,
 * and keeps the quotes of a field with text after its closing quote, where Python's csv (upstream's
 * reader) and this parser drop them, as in one metadata.csv of integrations-extras. It takes 2x to
 * 2.7x the CPU time of this parser bare, 20x with the lines and quoting the rules need.
 */
/** One CSV field with the position where it starts (1-based line and column). */
export interface CsvField {
  value: string;
  line: number;
  column: number;
  quoted: boolean;
}

/** One CSV record: its fields and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: CsvField[];
  /** True when the record is an empty line. */
  blank: boolean;
}

export interface CsvParseResult {
  records: CsvRecord[];
  hasBom: boolean;
  hasCrlf: boolean;
  /** Line of a quoted field that never closes, if any. */
  unterminatedQuoteLine?: number;
}

/**
 * Parses RFC 4180 CSV and keeps the position of every field, so that validators can point at
 * the exact place. Accepts a leading BOM and CRLF line endings (and reports that it saw them).
 */
export function parseCsv(source: string): CsvParseResult {
  const hasBom = source.charCodeAt(0) === 0xfeff;
  const text = hasBom ? source.slice(1) : source;
  const records: CsvRecord[] = [];
  let hasCrlf = false;
  let unterminatedQuoteLine: number | undefined;
  let line = 1;
  let column = 1;
  let i = 0;
  let record: CsvRecord = { line, fields: [], blank: true };
  let field: CsvField | undefined;

  const startField = (quoted: boolean): CsvField => ({ value: '', line, column, quoted });
  const endRecord = () => {
    if (field) record.fields.push(field);
    field = undefined;
    record.blank = record.fields.length === 1 && record.fields[0].value === '' && !record.fields[0].quoted;
    if (record.fields.length === 0) record.blank = true;
    records.push(record);
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && (!field || (field.value === '' && !field.quoted))) {
      field = field ?? startField(true);
      field.quoted = true;
      const openLine = line;
      i++;
      column++;
      let closed = false;
      while (i < text.length) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field.value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          closed = true;
          break;
        }
        if (c === '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        field.value += c;
        i++;
      }
      if (!closed) unterminatedQuoteLine = openLine;
      continue;
    }
    if (ch === ',') {
      record.fields.push(field ?? startField(false));
      field = undefined;
      i++;
      column++;
      if (i >= text.length || text[i] === '\n' || text[i] === '\r') field = startField(false);
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      hasCrlf = true;
      i++;
      continue;
    }
    if (ch === '\n') {
      endRecord();
      i++;
      line++;
      column = 1;
      record = { line, fields: [], blank: true };
      continue;
    }
    field = field ?? startField(false);
    field.value += ch;
    i++;
    column++;
  }
  if (field || record.fields.length > 0) endRecord();
  return { records, hasBom, hasCrlf, unterminatedQuoteLine };
}

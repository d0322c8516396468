import { CsvError, parse } from 'csv-parse/sync';
import type { CsvParseResult } from '@dd/plugin/src/metadata/parse-csv';
import type { ParserInput } from './parser-inputs';
import { describeDifference, type Disagreement, type Tally } from './tally';

/** A field as the library gives it to a `cast` callback: its text and whether it was quoted. */
interface LibraryField {
  value: string;
  quoted: boolean;
}

/** csv-parse's view of a text: records with the line each starts on, or the error that stopped it. */
export interface LibraryCsv {
  records: { line: number; fields: LibraryField[] }[];
  error?: { line: number; code: string };
}

/**
 * Options for metadata.csv as upstream's reader (Python's csv module) takes it: a BOM skipped, rows
 * of any length, quotes inside fields kept, blank lines kept (a rule reports them), LF and CRLF.
 */
const OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  record_delimiter: ['\r\n', '\n'],
};

/** The library with just what the records of the rules need: lines and quoting. */
export function parseWithLibrary(text: string): LibraryCsv {
  try {
    const rows = parse(text, {
      ...OPTIONS,
      info: true,
      cast: (value, context): LibraryField => ({ value, quoted: context.quoting }),
    }) as unknown as { record: LibraryField[]; info: { lines: number } }[];
    let next = 1;
    return {
      records: rows.map(({ record, info }) => {
        // info.lines is the line the record ends on; the next one starts after it.
        const line = next;
        next = info.lines + 1;
        return { line, fields: record };
      }),
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records: [], error: { line: (error as CsvError & { lines: number }).lines, code: error.code } };
  }
}

/** The library reading records only (no line, no quoting): its floor. */
export function parseRecordsWithLibrary(text: string): string[][] {
  try {
    return parse(text, OPTIONS) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return [];
    throw error;
  }
}

const show = (fields: LibraryField[]) => fields.map((f) => (f.quoted ? JSON.stringify(f.value) : f.value)).join(',');

/**
 * Compares our parser and the library on each file: the verdict (an unterminated quote is the only
 * rejection), the line of the error, every record's fields with their quoting, and the line each
 * record starts on.
 */
export function compareCsvParsers(inputs: ParserInput[], ours: (text: string) => CsvParseResult): Tally {
  const tally: Tally = {
    files: inputs.length,
    rejected: 0,
    compared: 0,
    verdict: [],
    errorPlace: [],
    values: [],
    places: [],
  };
  for (const { label, text } of inputs) {
    const a = ours(text);
    const b = parseWithLibrary(text);
    const note = (list: Disagreement[], what: string, mine: string, theirs: string) =>
      list.push({ file: label, what, ours: mine, library: theirs });
    const failed = a.unterminatedQuoteLine;
    if (failed !== undefined) tally.rejected++;
    if ((failed === undefined) !== (b.error === undefined)) {
      note(
        tally.verdict,
        'verdict',
        failed === undefined ? 'accepts' : `rejects at line ${failed}: unterminated quote`,
        b.error ? `rejects at line ${b.error.line}: ${b.error.code}` : 'accepts',
      );
      continue;
    }
    if (failed !== undefined && b.error) {
      if (failed !== b.error.line) note(tally.errorPlace, 'error line', `${failed}`, `${b.error.line} ${b.error.code}`);
      continue;
    }
    // A blank line is one empty field to the library.
    const mine = a.records.map((r) => ({
      line: r.line,
      fields: r.fields.length
        ? r.fields.map((f) => ({ value: f.value, quoted: f.quoted }))
        : [{ value: '', quoted: false }],
    }));
    const rows = (records: { fields: LibraryField[] }[]) => records.map((r) => show(r.fields)).join('\n');
    if (rows(mine) !== rows(b.records))
      note(tally.values, 'records', ...describeDifference(rows(mine), rows(b.records)));
    const lines = (records: { line: number }[]) => records.map((r) => r.line).join(',');
    if (lines(mine) !== lines(b.records)) {
      const i = mine.findIndex((r, index) => r.line !== b.records[index]?.line);
      note(tally.places, 'record lines', `record ${i + 1} on line ${mine[i]?.line}`, `on line ${b.records[i]?.line}`);
    }
    tally.compared += mine.reduce((sum, r) => sum + r.fields.length, 0);
  }
  return tally;
}

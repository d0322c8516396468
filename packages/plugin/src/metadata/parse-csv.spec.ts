import { parseCsv } from './parse-csv';

const values = (source: string) => parseCsv(source).records.map((r) => r.fields.map((f) => f.value));

describe('parseCsv', () => {
  it('splits records and fields', () => {
    expect(values('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(values('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and new lines', () => {
    expect(values('a,"b, ""quoted""\nnext",c\n')).toEqual([['a', 'b, "quoted"\nnext', 'c']]);
  });

  it('records the line and column where each field starts', () => {
    const { records } = parseCsv('name,type\nfoo.bar,gauge\n');
    expect(records[1].line).toBe(2);
    expect(records[1].fields.map((f) => [f.line, f.column])).toEqual([
      [2, 1],
      [2, 9],
    ]);
  });

  it('reports a BOM and CRLF line endings and strips them from values', () => {
    const result = parseCsv('\ufeffa,b\r\n1,2\r\n');
    expect(result.hasBom).toBe(true);
    expect(result.hasCrlf).toBe(true);
    expect(result.records.map((r) => r.fields.map((f) => f.value))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('marks blank lines', () => {
    expect(parseCsv('a\n\nb\n').records.map((r) => r.blank)).toEqual([false, true, false]);
  });

  it('reports the line of a quote that never closes', () => {
    expect(parseCsv('a\n"open,b\nc\n').unterminatedQuoteLine).toBe(2);
  });

  it('reads a file without a final new line', () => {
    expect(values('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

import { parseJson } from '@dd/plugin/src/lint/json/parse-json';
import { parseCsv } from '@dd/plugin/src/metadata/parse-csv';
import { parseWithLibrary as parseCsvWithLibrary } from './compare-csv-parsers';
import { parseWithLibrary as parseJsonWithLibrary } from './compare-json-parsers';

/** A case the parsers' specs assert, with what ours and the library give. */
export interface SpecCase {
  what: string;
  ours: string;
  library: string;
}

const JSON_CASES: [what: string, text: string][] = [
  ['trailing comma', '{"a": 1,\n}'],
  ['control character in a string', '{"a": "x\ty"}'],
  ['invalid escape', '{"a": "\\x"}'],
  ['5,000 open brackets', '{"a": ' + '['.repeat(5_000)],
  ['20,000 nested arrays', '['.repeat(20_000) + ']'.repeat(20_000)],
];

/** The error places the JSON spec asserts, which the corpus has no example of. */
export function jsonSpecCases(): SpecCase[] {
  return JSON_CASES.map(([what, text]) => {
    const ours = parseJson(text).error;
    const library = parseJsonWithLibrary(text).error;
    return {
      what,
      ours: ours ? `${ours.line}:${ours.column} ${ours.message}` : 'accepts',
      library: !library ? 'accepts' : library.line ? `${library.line}:${library.column} ${library.code}` : library.code,
    };
  });
}

/** What the CSV spec and the metadata rules rely on, which the library does not give. */
export function csvSpecCases(): SpecCase[] {
  const fields = parseCsv('name,type\nfoo.bar,gauge\n').records[1].fields;
  const open = 'a\n"open,b\nc\n';
  const library = parseCsvWithLibrary(open);
  const after = 'x,"y".,z\n';
  return [
    {
      what: 'where each field of line 2 starts',
      ours: fields.map((f) => `${f.line}:${f.column}`).join(', '),
      library: 'not given (a cast callback sees the field index and the line it ends on)',
    },
    {
      what: 'quote that never closes, opened on line 2',
      ours: `line ${parseCsv(open).unterminatedQuoteLine}, ${parseCsv(open).records.length} records kept`,
      library: `line ${library.error?.line} (${library.error?.code}), no records`,
    },
    {
      what: 'text after a closing quote: x,"y".,z',
      ours: JSON.stringify(parseCsv(after).records[0].fields.map((f) => f.value)),
      library: JSON.stringify(parseCsvWithLibrary(after).records[0]?.fields.map((f) => f.value)),
    },
  ];
}

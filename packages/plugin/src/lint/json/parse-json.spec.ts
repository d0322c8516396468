import { findNode, placeOf, toValue } from './json-node';
import { MAX_JSON_DEPTH, parseJson } from './parse-json';

describe('parseJson', () => {
  it('reads what JSON.parse reads, with positions', () => {
    const text = '{\n  "a": [1, -2.5e3, true, null],\n  "b": {"c": "\\u00e9\\n"}\n}';
    const { root, error } = parseJson(text);
    expect(error).toBeUndefined();
    expect(toValue(root!)).toEqual(JSON.parse(text));
    expect(findNode(root, ['a', 1])?.start).toEqual({ line: 2, column: 12 });
    expect(placeOf(root, ['b', 'c'])).toEqual({ line: 3, column: 9 });
    expect(placeOf(root, ['b', 'missing'])).toEqual({ line: 3, column: 3 });
  });

  it.each([
    ['the file is empty', '  \n', 1, 1],
    [
      'unterminated string: the string opened at 2:17 runs into the end of the line',
      '{\n  "maintainer": "help@example.com,\n  "x": 1\n}',
      2,
      17,
    ],
    [
      'unterminated string: the string opened at 1:8 runs into the end of the line (a typographic quote ” does not close it)',
      '{"a": ["Metrics”,\n "b"]}',
      1,
      8,
    ],
    ['trailing comma before }', '{"a": 1,\n}', 1, 8],
    ['trailing comma before ]', '[1, 2, ]', 1, 6],
    ["extra data after the end of the JSON value: '}'", '{"a": 1}\n}', 2, 1],
    ["expected ',' or '}' after the value of \"a\", found '\"'", '{"a": 1 "b": 2}', 1, 9],
    ['comments are not allowed in JSON', '{// note\n}', 1, 2],
    ['strings must use double quotes, not single quotes', '{"a": \'b\'}', 1, 7],
    ["expected a value, found '.'", '{"a": [\n  [..other..]\n]}', 2, 4],
    ['invalid control character (code 9) inside a string', '{"a": "x\ty"}', 1, 9],
    ["invalid escape '\\x' in a string", '{"a": "\\x"}', 1, 8],
    ['unterminated string: the string opened at 1:7 never closes', '{"a": "open', 1, 7],
    ['arrays and objects nested more than 500 levels deep', '{"a": ' + '['.repeat(5_000), 1, 506],
  ])('reports %s', (message, text, line, column) => {
    const { error, root } = parseJson(text);
    expect(root).toBeUndefined();
    expect(error).toMatchObject({ message, line, column });
    expect(error?.hint.length).toBeGreaterThan(5);
  });

  it('lists duplicate keys with both places, keeping the last value', () => {
    const { root, duplicates } = parseJson('{\n  "a": 1,\n  "b": {"c": 1, "c": 2},\n  "a": 3\n}');
    expect(duplicates).toEqual([
      { key: 'c', line: 3, column: 17, first: { line: 3, column: 9 } },
      { key: 'a', line: 4, column: 3, first: { line: 2, column: 3 } },
    ]);
    expect(toValue(root!)).toEqual({ a: 3, b: { c: 2 } });
  });

  it('reads arrays nested as deep as it allows', () => {
    const deep = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJson(deep).error).toBeUndefined();
  });

  it('skips a byte order mark and reads CRLF files', () => {
    expect(toValue(parseJson('\ufeff{\r\n"a": 1\r\n}').root!)).toEqual({ a: 1 });
  });
});

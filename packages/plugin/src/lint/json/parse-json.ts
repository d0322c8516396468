/*
 * Hand-written rather than jsonc-parser, by measurement (tools/bench/parsers.ts). On the corpus and
 * integrations-extras the two agree on every verdict, error place, value and key place; but
 * jsonc-parser places a control character or a bad escape at the start of its string and a trailing
 * comma at the bracket after it, has no depth limit (its recursion overflows the stack near 20,000
 * levels). Bare, it is as fast as this parser; with its tree turned into this one and duplicate keys
 * listed, it takes 1.3x (corpus) to 2x (extras) the CPU time.
 */
import type { JsonMember, JsonNode, Position } from './json-node';

/** Why a text is not strict JSON, at the place where a reader first sees it. */
export interface JsonSyntaxError extends Position {
  message: string;
  hint: string;
}

/** A key that appears twice in the same object: JSON.parse silently keeps the last one. */
export interface JsonDuplicateKey extends Position {
  key: string;
  first: Position;
}

export interface ParsedJson {
  root?: JsonNode;
  /** The first syntax error; parsing stops there. */
  error?: JsonSyntaxError;
  duplicates: JsonDuplicateKey[];
}

class Stop extends Error {
  constructor(readonly detail: JsonSyntaxError) {
    super(detail.message);
  }
}

const TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u2018\u2019]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * Deeper nesting is an error rather than a stack overflow. No real file comes close; Python's json
 * module, which ddev reads manifests with, gives up at about 1000 levels.
 */
export const MAX_JSON_DEPTH = 500;

/**
 * Parses strict JSON (RFC 8259) and keeps the place of every value and key: trailing commas,
 * comments, single quotes, unterminated strings, control characters and data after the value
 * are errors with a line and column; duplicate keys are listed. A leading BOM is skipped.
 */
export function parseJson(text: string): ParsedJson {
  const duplicates: JsonDuplicateKey[] = [];
  let depth = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (message: string, hint: string, at: Position = here()): never => {
    throw new Stop({ ...at, message, hint });
  };
  const describe = () => (i >= text.length ? 'the end of the file' : `'${text[i]}'`);
  const skipSpace = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') {
        if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
          fail('comments are not allowed in JSON', 'remove the comment');
        return;
      }
      i++;
    }
  };

  const parseString = (): string => {
    const start = here();
    i++;
    let value = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return value;
      }
      if (c === '\n' || c === '\r') {
        const quote = TYPOGRAPHIC_QUOTES.test(value)
          ? ` (a typographic quote ${TYPOGRAPHIC_QUOTES.exec(value)?.[0]} does not close it)`
          : '';
        fail(
          `unterminated string: the string opened at ${start.line}:${start.column} runs into the end of the line${quote}`,
          'close the string with a straight double quote (")',
          start,
        );
      }
      if (c < ' ')
        fail(
          `invalid control character (code ${c.charCodeAt(0)}) inside a string`,
          'write it as an escape such as \\t or \\u0009',
        );
      if (c === '\\') {
        const next = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (next !== undefined && next in simple) {
          value += simple[next];
          i += 2;
          continue;
        }
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        fail(
          `invalid escape '\\${next ?? ''}' in a string`,
          'valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
        );
      }
      value += c;
      i++;
    }
    return fail(
      `unterminated string: the string opened at ${start.line}:${start.column} never closes`,
      'close the string with a double quote (")',
      start,
    );
  };

  const parseValue = (): JsonNode => {
    skipSpace();
    const start = here();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (++depth > MAX_JSON_DEPTH)
        fail(
          `arrays and objects nested more than ${MAX_JSON_DEPTH} levels deep`,
          'flatten the structure: no real file nests this deep',
        );
      const node = c === '{' ? parseObject(start) : parseArray(start);
      depth--;
      return node;
    }
    if (c === '"') return { kind: 'string', start, value: parseString() };
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value === null ? { kind: 'null', start, value } : { kind: 'boolean', start, value };
      }
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return { kind: 'number', start, value: Number(number[0]) };
    }
    if (c === "'")
      return fail('strings must use double quotes, not single quotes', 'replace the single quotes with double quotes');
    if (c !== undefined && TYPOGRAPHIC_QUOTES.test(c))
      return fail(`typographic quote ${c} where a value was expected`, 'use a straight double quote (")');
    return fail(`expected a value, found ${describe()}`, 'write a string, number, object, array, true, false or null');
  };

  const parseObject = (start: Position): JsonNode => {
    i++;
    const members: JsonMember[] = [];
    const seen = new Map<string, Position>();
    skipSpace();
    if (text[i] === '}') {
      i++;
      return { kind: 'object', start, members };
    }
    for (;;) {
      skipSpace();
      const keyStart = here();
      if (text[i] !== '"')
        fail(`expected a double-quoted key, found ${describe()}`, 'object keys are strings in double quotes');
      const key = parseString();
      const first = seen.get(key);
      if (first) duplicates.push({ ...keyStart, key, first });
      else seen.set(key, keyStart);
      skipSpace();
      if (text[i] !== ':')
        fail(
          `expected ':' after the key "${key}", found ${describe()}`,
          'separate each key from its value with a colon',
        );
      i++;
      members.push({ key, keyStart, value: parseValue() });
      skipSpace();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, members };
      }
      if (text[i] !== ',')
        fail(
          `expected ',' or '}' after the value of "${key}", found ${describe()}`,
          'separate members with commas and close the object with }',
        );
      const comma = here();
      i++;
      skipSpace();
      if (text[i] === '}') fail('trailing comma before }', 'remove the comma after the last member', comma);
    }
  };

  const parseArray = (start: Position): JsonNode => {
    i++;
    const items: JsonNode[] = [];
    skipSpace();
    if (text[i] === ']') {
      i++;
      return { kind: 'array', start, items };
    }
    for (;;) {
      items.push(parseValue());
      skipSpace();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, items };
      }
      if (text[i] !== ',')
        fail(
          `expected ',' or ']' in the array, found ${describe()}`,
          'separate items with commas and close the array with ]',
        );
      const comma = here();
      i++;
      skipSpace();
      if (text[i] === ']') fail('trailing comma before ]', 'remove the comma after the last item', comma);
    }
  };

  try {
    skipSpace();
    if (i >= text.length) fail('the file is empty', 'write a JSON object: {}', { line: 1, column: 1 });
    const root = parseValue();
    skipSpace();
    if (i < text.length)
      fail(
        `extra data after the end of the JSON value: ${describe()}`,
        'remove what follows the closing bracket (often an extra } or ])',
      );
    return { root, duplicates };
  } catch (error) {
    if (error instanceof Stop) return { error: error.detail, duplicates };
    throw error;
  }
}

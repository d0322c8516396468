/** A Python tuple (a class, so that no dict of the user's, whatever its keys, is taken for one). */
export class PythonTuple {
  constructor(readonly items: readonly PythonValue[]) {}
}

/** A value a rendered Python module holds: the JSON types, plus tuples. */
export type PythonValue =
  string | number | boolean | null | PythonValue[] | PythonTuple | { [key: string]: PythonValue };

/** The line length of the ruff settings integrations-extras and ddev format with. */
const LINE_LENGTH = 120;

/**
 * A string as Python's repr writes it: in single quotes, or double quotes when it holds a single
 * quote and no double one (ruff's `quote-style = "preserve"` keeps either).
 */
export function pythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `${out}${quote}`;
}

/** A collection's items, each with what precedes it (`'key': ` in a dict), and its brackets. */
function collection(value: PythonValue): { items: [string, PythonValue][]; open: string; close: string } | undefined {
  if (Array.isArray(value)) return { items: value.map((item) => ['', item]), open: '[', close: ']' };
  if (value instanceof PythonTuple) return { items: value.items.map((item) => ['', item]), open: '(', close: ')' };
  if (typeof value === 'object' && value !== null)
    return {
      items: Object.entries(value).map(([key, item]) => [`${pythonString(key)}: `, item]),
      open: '{',
      close: '}',
    };
  return undefined;
}

function flat(value: PythonValue): string {
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : `float('${value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan'}')`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  const { items, open, close } = collection(value)!;
  const lone = value instanceof PythonTuple && items.length === 1 ? ',' : '';
  return `${open}${items.map(([key, item]) => `${key}${flat(item)}`).join(', ')}${lone}${close}`;
}

/** A collection one item per line with a trailing comma (which ruff keeps as written). */
function expanded(value: PythonValue, indent: string, prefix: string, suffix: string): string[] {
  const { items, open, close } = collection(value)!;
  return [
    `${indent}${prefix}${open}`,
    ...items.flatMap(([key, item]) => layout(item, `${indent}    `, key, ',')),
    `${indent}${close}${suffix}`,
  ];
}

/**
 * The lines of one value as ruff formats it: on one line when it fits at its indentation, else
 * one item per line, nested the same way (a string too long for any line keeps its line and
 * tells the linter). `prefix` precedes the value (`'key': `), `suffix`
 * follows it (`,`).
 */
function layout(value: PythonValue, indent: string, prefix: string, suffix: string): string[] {
  const oneLine = `${indent}${prefix}${flat(value)}${suffix}`;
  if (oneLine.length <= LINE_LENGTH) return [oneLine];
  // a string cannot be split: the line may be long, and says so to the linter
  if (!collection(value)?.items.length) return [`${oneLine}  # noqa: E501`];
  return expanded(value, indent, prefix, suffix);
}

/**
 * `NAME = <value>`: a non-empty collection one item per line (so that a diff of the rendering
 * shows one item per line), each item on one line when it fits; other values on one line.
 */
export function pythonAssignment(name: string, value: PythonValue): string {
  if (!collection(value)?.items.length) return `${name} = ${flat(value)}`;
  return expanded(value, '', `${name} = `, '').join('\n');
}

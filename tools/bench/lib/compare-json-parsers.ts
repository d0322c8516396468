import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonNode, Position } from '@dd/plugin/src/lint/json/json-node';
import { toValue } from '@dd/plugin/src/lint/json/json-node';
import type { ParsedJson } from '@dd/plugin/src/lint/json/parse-json';
import type { ParserInput } from './parser-inputs';
import { describeDifference, type Disagreement, type Tally } from './tally';

/** jsonc-parser's view of a text, configured for strict JSON, with its first error placed by line and column. */
export interface LibraryJson {
  root?: Node;
  error?: Position & { code: string };
  /** Offsets of `root` are relative to the text without its BOM. */
  at: (offset: number) => Position;
}

/** 1-based line and column of an offset, counting lines at line feeds as our parser does. */
export function positionFinder(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/** Options that make jsonc-parser strict: no comments, no trailing commas, no empty document. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** The library as the least adapter would call it: BOM skipped, strict options, the first error kept. */
export function parseWithLibrary(text: string): LibraryJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = positionFinder(body);
  const errors: ParseError[] = [];
  try {
    const root = parseTree(body, errors, STRICT);
    if (errors.length === 0) return { root, at };
    return { at, error: { ...at(errors[0].offset), code: printParseErrorCode(errors[0].error) } };
  } catch (error) {
    // The library recurses once per level of nesting; line 0: the overflow has no place.
    if (error instanceof RangeError) return { at, error: { line: 0, column: 0, code: 'RangeError: stack overflow' } };
    throw error;
  }
}

const place = (p: Position) => `${p.line}:${p.column}`;

/** Where the two trees first place a value or key differently: ours, then the library's. */
type PlaceDifference = [ours: string, library: string];

/** Compares the place of every value and key, counting them in `seen`, up to the first difference. */
function comparePlaces(
  ours: JsonNode,
  theirs: Node,
  at: (offset: number) => Position,
  path: string,
  seen: { places: number },
): PlaceDifference | undefined {
  seen.places++;
  const start = at(theirs.offset);
  const where = path || '(root)';
  if (place(ours.start) !== place(start)) return [`${where} at ${place(ours.start)}`, `${where} at ${place(start)}`];
  const children = theirs.children ?? [];
  if (ours.kind === 'object') {
    for (const [i, member] of ours.members.entries()) {
      const property = children[i];
      const [key, value] = property?.children ?? [];
      seen.places++;
      const what = `key ${path}.${member.key}`;
      if (!key || !value) return [`${what} at ${place(member.keyStart)}`, `${what} missing`];
      if (place(member.keyStart) !== place(at(key.offset)))
        return [`${what} at ${place(member.keyStart)}`, `${what} at ${place(at(key.offset))}`];
      const found = comparePlaces(member.value, value, at, `${path}.${member.key}`, seen);
      if (found) return found;
    }
  }
  if (ours.kind === 'array') {
    for (const [i, item] of ours.items.entries()) {
      const found: PlaceDifference | undefined = children[i]
        ? comparePlaces(item, children[i], at, `${path}[${i}]`, seen)
        : [`${path}[${i}] at ${place(item.start)}`, `${path}[${i}] missing`];
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Compares our parser and the library on each file: the verdict (accepted or rejected), the place
 * of the first error, the values read, and the place of every value and key.
 */
export function compareJsonParsers(inputs: ParserInput[], ours: (text: string) => ParsedJson): Tally {
  const tally: Tally = {
    files: inputs.length,
    rejected: 0,
    compared: 0,
    verdict: [],
    errorPlace: [],
    values: [],
    places: [],
  };
  const seen = { places: 0 };
  for (const { label, text } of inputs) {
    const a = ours(text);
    const b = parseWithLibrary(text);
    if (a.error) tally.rejected++;
    const note = (list: Disagreement[], what: string, mine: string, theirs: string) =>
      list.push({ file: label, what, ours: mine, library: theirs });
    if (!!a.error !== !!b.error) {
      note(
        tally.verdict,
        'verdict',
        a.error ? `rejects at ${place(a.error)}: ${a.error.message}` : 'accepts',
        b.error ? `rejects at ${place(b.error)}: ${b.error.code}` : 'accepts',
      );
    } else if (a.error && b.error) {
      if (place(a.error) !== place(b.error))
        note(
          tally.errorPlace,
          'error place',
          `${place(a.error)} ${a.error.message}`,
          `${place(b.error)} ${b.error.code}`,
        );
    } else if (a.root && b.root) {
      const mine = JSON.stringify(toValue(a.root));
      const theirs = JSON.stringify(getNodeValue(b.root));
      if (mine !== theirs) note(tally.values, 'values', ...describeDifference(mine, theirs));
      const before = seen.places;
      const differs = comparePlaces(a.root, b.root, b.at, '', seen);
      if (differs) note(tally.places, 'places', ...differs);
      tally.compared += seen.places - before;
    }
  }
  return tally;
}

/** The library's tree turned into ours (values and places), recursively. */
function convertLibraryTree(node: Node, at: (offset: number) => Position): JsonNode {
  const start = at(node.offset);
  switch (node.type) {
    case 'object':
      return {
        kind: 'object',
        start,
        members: (node.children ?? []).map(({ children }) => ({
          key: children![0].value as string,
          keyStart: at(children![0].offset),
          value: convertLibraryTree(children![1], at),
        })),
      };
    case 'array':
      return { kind: 'array', start, items: (node.children ?? []).map((child) => convertLibraryTree(child, at)) };
    case 'string':
      return { kind: 'string', start, value: node.value as string };
    case 'number':
      return { kind: 'number', start, value: node.value as number };
    case 'boolean':
      return { kind: 'boolean', start, value: node.value as boolean };
    default:
      return { kind: 'null', start, value: null };
  }
}

function countDuplicateKeys(node: JsonNode): number {
  if (node.kind === 'array') return node.items.reduce((sum, item) => sum + countDuplicateKeys(item), 0);
  if (node.kind !== 'object') return 0;
  const own = node.members.length - new Set(node.members.map((m) => m.key)).size;
  return node.members.reduce((sum, m) => sum + countDuplicateKeys(m.value), own);
}

/**
 * What an adapter over the library would cost: its tree turned into ours, with places, and the
 * duplicate keys counted. (Building our tree from its visitor callbacks, which carry line and
 * column, measured slower.)
 */
export function buildTreeWithLibrary(text: string): { root?: JsonNode; duplicates: number } {
  const parsed = parseWithLibrary(text);
  if (!parsed.root) return { duplicates: 0 };
  const root = convertLibraryTree(parsed.root, parsed.at);
  return { root, duplicates: countDuplicateKeys(root) };
}

import { isCollection, isScalar, parseDocument, visit } from 'yaml';
import type { IntegrationSource } from '../integration-source';

/** A deterministic source of randomness: the same seed gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a tiny, fast 32-bit PRNG, good enough to choose mutations. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] };
}

/** The seed of one iteration of a run: iterations replay alone, whatever the time budget. */
export function iterationSeed(runSeed: number, iteration: number): number {
  return (runSeed ^ Math.imul(iteration + 1, 0x9e3779b1)) >>> 0;
}

/** What a mutation works on: a copy of the integration, changed in place. */
type Draft = Required<Pick<IntegrationSource, 'name' | 'files' | 'paths' | 'notText'>>;
/** Changes one file of the draft and says how (replayable), or returns undefined when it does not apply. */
type Mutation = (draft: Draft, path: string, random: Random) => string | undefined;

/** Characters that mean something to JSON, CSV, YAML, TOML or Markdown, and text that trips decoders. */
const STRUCTURAL = [',', '"', "'", '{', '}', '[', ']', ':', ': ', '- ', '\t', '\r\n', '\n', '\r', '#', '|', '=', '\\', '\u0000', '\ufeff', '\ud800', '\udc00', '\u2028', '&a', '*a', '!!', '---', '  ', '"""', '[[', ']]', '![](', '## '];
const LONG = ['x'.repeat(20_000), ','.repeat(5_000), ' '.repeat(10_000), '"'.repeat(3_000), '\t'.repeat(5_000), '\n'.repeat(5_000), '['.repeat(3_000), '{'.repeat(3_000), '- '.repeat(2_000)];
const ALPHABET = 'aZ09 _.-/,"\'{}[]:#|=\\\t\n\u00e9\u2019\u0000\ufeff\ud800';
const OTHER_VALUES: unknown[] = [null, 0, -1, 3.5, 1e300, true, '', 'x'.repeat(300), [], {}, [null, 1, 'a', {}], { a: { b: [] } }];

const quote = (text: string) => JSON.stringify(text.length > 20 ? `${text.slice(0, 10)}…(${text.length})` : text);
const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const lines = (text: string) => text.split('\n');
const forget = (draft: Draft, path: string) => {
  delete draft.files[path];
  draft.paths = draft.paths.filter((p) => p !== path);
  draft.notText = draft.notText.filter((p) => p !== path);
};

/** Another value, or (one time in eight) the depth of an array nested that deep. */
function otherValue(random: Random, depths: readonly number[]): { value: unknown; depth: number } {
  const depth = random.int(8) === 0 ? random.pick(depths) : 0;
  return { value: depth > 0 ? nested(depth) : random.pick(OTHER_VALUES), depth };
}

const describeValue = ({ value, depth }: { value: unknown; depth: number }) => (depth > 0 ? `an array nested ${depth} deep` : quote(JSON.stringify(value)));

function replaceJsonValue(draft: Draft, path: string, random: Random): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(draft.files[path]);
  } catch {
    return undefined;
  }
  const slots: { parent: Record<string, unknown>; key: string; where: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      slots.push({ parent: value as Record<string, unknown>, key, where: `${where}/${key}` });
      walk(child, `${where}/${key}`);
    }
  };
  walk(root, '');
  const other = otherValue(random, [10, 100, 1_000, 5_000]);
  // JSON.stringify overflows the stack on a deep array: a marker stands for it, replaced in the text
  const marker = '\u0000deep\u0000';
  const value = other.depth > 0 ? marker : other.value;
  let where = '/';
  if (slots.length === 0 || random.int(20) === 0) root = value;
  else {
    const slot = random.pick(slots);
    slot.parent[slot.key] = value;
    where = slot.where;
  }
  const deep = '['.repeat(other.depth) + ']'.repeat(other.depth);
  draft.files[path] = JSON.stringify(root, null, 2).replace(JSON.stringify(marker), () => deep);
  return `JSON ${where} := ${describeValue(other)}`;
}

function replaceYamlValue(draft: Draft, path: string, random: Random): string | undefined {
  const doc = parseDocument(draft.files[path]);
  if (doc.errors.length > 0) return undefined;
  const nodes: unknown[] = [];
  visit(doc, (_key, node) => {
    if (node !== doc.contents && (isScalar(node) || isCollection(node))) nodes.push(node);
  });
  if (nodes.length === 0) return undefined;
  const index = random.int(nodes.length);
  const other = otherValue(random, [10, 100]);
  const replacement = doc.createNode(other.value);
  visit(doc, (_key, node) => (node === nodes[index] ? replacement : undefined));
  draft.files[path] = doc.toString();
  return `YAML node ${index} := ${describeValue(other)}`;
}

const TEXT: Record<string, Mutation> = {
  flip: (d, p, r) => {
    const t = d.files[p];
    if (t.length === 0) return undefined;
    const at = r.int(t.length);
    const c = r.pick([...ALPHABET]);
    d.files[p] = t.slice(0, at) + c + t.slice(at + 1);
    return `flip ${at} to ${quote(c)}`;
  },
  insert: (d, p, r) => {
    const t = d.files[p];
    const at = r.int(t.length + 1);
    const piece = r.int(10) === 0 ? r.pick(LONG) : r.int(3) === 0 ? [...Array(1 + r.int(8))].map(() => r.pick([...ALPHABET])).join('') : r.pick(STRUCTURAL);
    d.files[p] = t.slice(0, at) + piece + t.slice(at);
    return `insert ${quote(piece)} at ${at}`;
  },
  delete: (d, p, r) => {
    const t = d.files[p];
    const at = r.int(t.length + 1);
    const n = 1 + r.int(r.int(4) === 0 ? 200 : 4);
    d.files[p] = t.slice(0, at) + t.slice(at + n);
    return `delete ${n} at ${at}`;
  },
  'delete-line': (d, p, r) => {
    const ls = lines(d.files[p]);
    const at = r.int(ls.length);
    d.files[p] = [...ls.slice(0, at), ...ls.slice(at + 1)].join('\n');
    return `delete line ${at + 1}`;
  },
  'duplicate-line': (d, p, r) => {
    const ls = lines(d.files[p]);
    const at = r.int(ls.length);
    d.files[p] = [...ls.slice(0, at + 1), ...ls.slice(at)].join('\n');
    return `duplicate line ${at + 1}`;
  },
  'swap-lines': (d, p, r) => {
    const ls = lines(d.files[p]);
    const [a, b] = [r.int(ls.length), r.int(ls.length)];
    [ls[a], ls[b]] = [ls[b], ls[a]];
    d.files[p] = ls.join('\n');
    return `swap lines ${a + 1} and ${b + 1}`;
  },
  'shuffle-lines': (d, p, r) => {
    const ls = lines(d.files[p]);
    for (let i = ls.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [ls[i], ls[j]] = [ls[j], ls[i]];
    }
    d.files[p] = ls.join('\n');
    return 'shuffle lines';
  },
  truncate: (d, p, r) => {
    const at = r.int(d.files[p].length + 1);
    d.files[p] = d.files[p].slice(0, at);
    return `truncate at ${at}`;
  },
  empty: (d, p) => {
    d.files[p] = '';
    return 'empty';
  },
  'json-value': replaceJsonValue,
  'yaml-value': (d, p, r) => (/\.(ya?ml|example)$/.test(p) ? replaceYamlValue(d, p, r) : undefined),
};

const WHOLE_FILE: Record<string, Mutation> = {
  remove: (d, p) => (forget(d, p), 'remove the file'),
  'not-text': (d, p) => (forget(d, p), d.paths.push(p), d.notText.push(p), 'mark not text'),
  move: (d, p, r) => {
    const name = p.split('/').pop()!;
    const to = r.pick([`misplaced/${p}`, name, `assets/${name}`, `tests/${name}`].filter((x) => x !== p && !(x in d.files)));
    if (to === undefined) return undefined;
    const text = d.files[p];
    forget(d, p);
    d.files[to] = text;
    d.paths.push(to);
    return `move to ${to}`;
  },
  'swap-content': (d, p, r) => {
    const other = r.pick(Object.keys(d.files).filter((x) => x !== p));
    if (other === undefined) return undefined;
    [d.files[p], d.files[other]] = [d.files[other], d.files[p]];
    return `swap content with ${other}`;
  },
};

/** Applies a mutation, which does not apply to a text nested too deeply to parse and write back here. */
function apply(mutation: Mutation, draft: Draft, path: string, random: Random): string | undefined {
  try {
    return mutation(draft, path, random);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** One applied mutation: the file it changed and how, enough to replay it by hand. */
export interface AppliedMutation {
  file: string;
  change: string;
}

/**
 * Mutates 1 to 3 of the integration's text files, each by 1 to 3 mutations: text edits (characters,
 * structural characters, long lines, lines, truncation), JSON or YAML values of another type,
 * or the file itself removed, moved, swapped or marked as not text. Pure: the input is not changed.
 */
export function mutate(source: IntegrationSource, random: Random): { source: IntegrationSource; applied: AppliedMutation[] } {
  const draft: Draft = { name: source.name, files: { ...source.files }, paths: [...(source.paths ?? Object.keys(source.files))], notText: [...(source.notText ?? [])] };
  const applied: AppliedMutation[] = [];
  const targets = Object.keys(draft.files).sort();
  for (let n = 1 + random.int(3); n > 0 && targets.length > 0; n--) {
    const file = targets.splice(random.int(targets.length), 1)[0];
    for (let m = 1 + random.int(3); m > 0 && file in draft.files; m--) {
      const pool = random.int(8) === 0 ? WHOLE_FILE : TEXT;
      const kind = random.pick(Object.keys(pool));
      const change = apply(pool[kind], draft, file, random);
      if (change !== undefined) applied.push({ file, change: `${kind}: ${change}` });
    }
  }
  return { source: draft, applied };
}

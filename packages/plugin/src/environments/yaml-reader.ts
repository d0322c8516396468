import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** A string value as read, for later cross-checks. */
export interface ReadString {
  text: string;
  section: string;
  line: number;
  column: number;
}

/** Collects diagnostics at YAML node positions while a reader walks the document. */
export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];
  /** Every string value read, with its position and section, for the `${name}` reference checks. */
  readonly strings: ReadString[] = [];
  /** The top-level section being read (set by the caller). */
  section = '';
  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  /** 1-based line and column of a node (1:1 when it has no range). */
  position(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  line(node: Node | null | undefined): number {
    return this.position(node).line;
  }

  error(node: Node | null | undefined, ruleId: string, message: string, hint?: string): void {
    this.diagnostics.push({
      ruleId,
      severity: 'error',
      file: this.file,
      ...this.position(node),
      message,
      ...(hint ? { hint } : {}),
    });
  }

  /** A map's entries as [key, value node, key node]; reports non-string keys. */
  entries(map: YAMLMap): [string, Node | null, Node][] {
    const out: [string, Node | null, Node][] = [];
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const key = pair.key;
      if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
        this.error(key, 'env/schema', 'keys must be plain strings');
        continue;
      }
      out.push([String(key.value), pair.value ?? null, key]);
    }
    return out;
  }

  /** Reports keys outside `allowed`; returns the known entries by key. */
  knownEntries(
    map: YAMLMap,
    allowed: readonly string[],
    where: string,
  ): Map<string, { value: Node | null; key: Node }> {
    const out = new Map<string, { value: Node | null; key: Node }>();
    for (const [name, value, key] of this.entries(map)) {
      if (!allowed.includes(name)) {
        this.error(key, 'env/schema', `unknown key \`${name}\` in ${where}`, `expected one of: ${allowed.join(', ')}`);
      } else out.set(name, { value, key });
    }
    return out;
  }

  map(node: Node | null, where: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.error(node, 'env/schema', `${where} must be a mapping (key: value), got ${describe(node)}`);
    return undefined;
  }

  seq(node: Node | null, where: string): YAMLSeq | undefined {
    if (isSeq(node)) return node;
    this.error(node, 'env/schema', `${where} must be a list, got ${describe(node)}`);
    return undefined;
  }

  /** A scalar as a string; numbers and booleans are accepted and turned into text. */
  string(node: Node | null, where: string): string | undefined {
    if (isScalar(node) && node.value !== null && ['string', 'number', 'boolean'].includes(typeof node.value)) {
      const text = String(node.source ?? node.value);
      const { line, column } = this.position(node);
      // Offsets within a quoted scalar start after its opening quote.
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      this.strings.push({ text, section: this.section, line, column: column + (quoted ? 1 : 0) });
      return text;
    }
    this.error(node, 'env/schema', `${where} must be a string, got ${describe(node)}`);
    return undefined;
  }

  integer(node: Node | null, where: string, min: number, max: number): number | undefined {
    const value = isScalar(node) ? Number(node.value) : NaN;
    if (isScalar(node) && typeof node.value !== 'boolean' && Number.isInteger(value) && value >= min && value <= max)
      return value;
    this.error(node, 'env/schema', `${where} must be a whole number from ${min} to ${max}, got ${describe(node)}`);
    return undefined;
  }

  boolean(node: Node | null, where: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, 'env/schema', `${where} must be true or false, got ${describe(node)}`);
    return undefined;
  }

  /** A command: a list of strings (never a shell string, so nothing is split or quoted wrongly). */
  command(node: Node | null, where: string): string[] | undefined {
    if (isScalar(node) && typeof node.value === 'string') {
      this.error(
        node,
        'env/schema',
        `${where} must be a list of arguments, got the string "${node.value}"`,
        `write it as a list, e.g. [${node.value
          .split(/\s+/)
          .map((a) => JSON.stringify(a))
          .join(', ')}]`,
      );
      return undefined;
    }
    const seq = this.seq(node, where);
    if (!seq) return undefined;
    const args = seq.items.map((item, i) => this.string(item as Node, `${where}[${i}]`));
    if (args.length === 0) this.error(node, 'env/schema', `${where} must not be empty`);
    return args.every((a): a is string => a !== undefined) && args.length > 0 ? args : undefined;
  }

  /** A map of string values (environment, build args, variables). */
  stringMap(node: Node | null, where: string): Record<string, string> {
    const map = this.map(node, where);
    const out: Record<string, string> = {};
    if (!map) return out;
    for (const [name, value] of this.entries(map)) {
      const text = this.string(value, `${where}.${name}`);
      if (text !== undefined) out[name] = text;
    }
    return out;
  }
}

function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `${typeof node.value} ${JSON.stringify(node.value)}`;
  return 'an unsupported value';
}

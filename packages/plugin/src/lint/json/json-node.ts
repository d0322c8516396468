/** A 1-based place in a text. */
export interface Position {
  line: number;
  column: number;
}

interface NodeBase {
  start: Position;
}

/** One member of a JSON object, with the place of its key. */
export interface JsonMember {
  key: string;
  keyStart: Position;
  value: JsonNode;
}

/** A JSON value with the place where it starts, so that rules can point at it. */
export type JsonNode =
  | (NodeBase & { kind: 'object'; members: JsonMember[] })
  | (NodeBase & { kind: 'array'; items: JsonNode[] })
  | (NodeBase & { kind: 'string'; value: string })
  | (NodeBase & { kind: 'number'; value: number })
  | (NodeBase & { kind: 'boolean'; value: boolean })
  | (NodeBase & { kind: 'null'; value: null });

/** Follows object keys and array indexes; the last member wins, as in JSON.parse. */
export function findNode(root: JsonNode | undefined, path: readonly (string | number)[]): JsonNode | undefined {
  let node = root;
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === 'object' && typeof step === 'string') {
      node = [...node.members].reverse().find((m) => m.key === step)?.value;
    } else if (node.kind === 'array' && typeof step === 'number') {
      node = node.items[step];
    } else {
      return undefined;
    }
  }
  return node;
}

/** The place of a member's key (or of the value for the root), falling back to the nearest parent. */
export function placeOf(root: JsonNode | undefined, path: readonly (string | number)[]): Position {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = findNode(root, path.slice(0, depth - 1));
    const step = path[depth - 1];
    if (parent?.kind === 'object') {
      const member = [...parent.members].reverse().find((m) => m.key === step);
      if (member) return member.keyStart;
    }
    if (parent?.kind === 'array' && typeof step === 'number' && parent.items[step]) return parent.items[step].start;
  }
  return root?.start ?? { line: 1, column: 1 };
}

/** Converts a node back to a plain value (the last duplicate key wins). */
export function toValue(node: JsonNode): unknown {
  if (node.kind === 'object') return Object.fromEntries(node.members.map((m) => [m.key, toValue(m.value)]));
  if (node.kind === 'array') return node.items.map(toValue);
  return node.value;
}

/** A string value at a path, if it is one. */
export function stringAt(root: JsonNode | undefined, path: readonly (string | number)[]): string | undefined {
  const node = findNode(root, path);
  return node?.kind === 'string' ? node.value : undefined;
}

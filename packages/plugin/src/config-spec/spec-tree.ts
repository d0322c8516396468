import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ParsedYaml } from '../yaml/parse-yaml';

/** A 1-based place in spec.yaml. */
export interface SpecPlace {
  line: number;
  column: number;
}

/** Where a node of the spec starts; the top of the file when there is none. */
export function placeOf(parsed: ParsedYaml, node: unknown): SpecPlace {
  const offset = (node as Node | undefined)?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

/** The key `key` of a mapping (its node), if the mapping has it. */
export function keyNode(map: YAMLMap | undefined, key: string): unknown {
  return map?.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
}

/** The mappings of a sequence-valued key (`files`, `options`). */
export function mapsOf(map: unknown, key: string): YAMLMap[] {
  const list = isMap(map) ? map.get(key, true) : undefined;
  return isSeq(list) ? list.items.filter(isMap) : [];
}

const text = (map: YAMLMap, key: string): string | undefined => {
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
};

/** An item's `name`, or its `template`'s without folders and branches (`template: instances` → instances). */
export function itemName(item: YAMLMap): string | undefined {
  return text(item, 'name') ?? templateBase(item)?.split('/').pop();
}

/** An item's `template`, without the branches after its name (`instances/default.tags` → instances/default). */
export function templateBase(item: YAMLMap): string | undefined {
  const template = text(item, 'template');
  if (template === undefined) return undefined;
  const parts = template.split('/');
  const last = parts.pop() ?? '';
  return [...parts, last.split('.')[0]].join('/');
}

/** The root mapping of the spec, if it is one. */
export function specRoot(parsed: ParsedYaml): YAMLMap | undefined {
  return isMap(parsed.doc.contents) ? parsed.doc.contents : undefined;
}

/** The spec's file entry named `name`, or the `index`-th (1-based). */
export function specFile(parsed: ParsedYaml, which: { name?: string; index?: number }): YAMLMap | undefined {
  const files = mapsOf(specRoot(parsed), 'files');
  return which.index !== undefined ? files[which.index - 1] : files.find((f) => text(f, 'name') === which.name);
}

/** Every option mapping under `items` (through nested `options`), depth first, in file order. */
export function allOptions(items: YAMLMap[]): YAMLMap[] {
  return items.flatMap((item) => [item, ...allOptions(mapsOf(item, 'options'))]);
}

/** Every option mapping of the spec, in file order. */
export function specOptions(parsed: ParsedYaml): YAMLMap[] {
  return allOptions(mapsOf(specRoot(parsed), 'files').flatMap((f) => mapsOf(f, 'options')));
}

/** Items of `list` with `name: <name>` (direct children only). */
export function named(list: YAMLMap[], name: string): YAMLMap[] {
  return list.filter((item) => text(item, 'name') === name);
}

import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { ParsedYaml } from '../../lint-context';

export const SPEC = 'assets/configuration/spec.yaml';

/** One option of a configuration spec, with the section it belongs to. */
export interface SpecOption {
  name: string;
  section: 'init_config' | 'instances';
  node: YAMLMap;
  line: number;
}

/**
 * Walks the options of a spec.yaml (files[].options[], through `init_config` and `instances`
 * templates and nested `options` lists). Templates other than those two are not expanded.
 */
export function listSpecOptions(parsed: ParsedYaml): SpecOption[] {
  const out: SpecOption[] = [];
  const lineOf = (node: YAMLMap) => parsed.lineCounter.linePos(node.range?.[0] ?? 0).line;
  const walk = (list: unknown, section: SpecOption['section'] | undefined) => {
    if (!isSeq(list)) return;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const template = item.get('template');
      const name = item.get('name');
      const inner = template === 'init_config' || template === 'instances' ? template : section;
      if (typeof name === 'string' && section && item.has('value') && item.get('hidden') !== true) out.push({ name, section, node: item, line: lineOf(item) });
      walk(item.get('options', true), inner);
    }
  };
  const root = parsed.doc.contents;
  if (!isMap(root)) return out;
  const files = root.get('files', true);
  if (isSeq(files)) for (const file of files.items) if (isMap(file)) walk(file.get('options', true), undefined);
  return out;
}

/** The default an option declares: under `value`, or (misplaced) on the option itself. */
export function declaredDefault(option: SpecOption): unknown {
  const value = option.node.get('value', true);
  if (isMap(value) && value.has('default')) return plain(value.get('default', true));
  if (option.node.has('default')) return plain(option.node.get('default', true));
  return undefined;
}

function plain(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node) || isMap(node)) return node.toJSON();
  return node;
}

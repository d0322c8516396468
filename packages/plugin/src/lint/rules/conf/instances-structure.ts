import { isMap, isScalar, isSeq } from 'yaml';
import { SPEC_PATH } from '../../../config-spec/rendered-config';
import type { Finding, LintRule } from '../../lint-rule';
import { yamlRoot } from '../../../yaml/parse-yaml';
import { report } from '../rule-helpers';

/**
 * A logs-only integration: its spec.yaml has a `logs` template and no `instances`, and its
 * example is the commented logs section alone. The Agent runs no check for it.
 */
function isLogsOnly(spec: string | undefined): boolean {
  return spec !== undefined && /template:\s*logs\s*$/m.test(spec) && !/template:\s*instances\s*$/m.test(spec);
}

/** `-` followed only by commented options: an instance with every option left at its default. */
function isEmptyItem(item: unknown): boolean {
  return item === null || (isScalar(item) && item.value === null);
}

export const confStructureRule: LintRule = {
  id: 'conf/structure',
  policy: {
    provenance: 'beyond-upstream',
    basis: 'the Agent schedules one check run per item of `instances`: with no list of mappings it runs nothing',
    advicePart: 'a missing `init_config` section, which the Agent does without',
  },
  description:
    'conf.yaml.example is a mapping with an `init_config` section (it may be empty) and `instances`, a non-empty list of mappings (an item whose options are all commented out counts as an empty mapping): the Agent schedules one check run per instance. A missing init_config is only a warning: the Agent does without it. Bad: `instances: {host: localhost}`. Good: `instances:\\n  - host: localhost`. Fix: write each instance as a `- key: value` item. A logs-only integration (a spec.yaml with the `logs` template and no `instances`) runs no check and is not concerned.',
  check: (context) => {
    const file = context.confExample;
    const parsed = file ? context.yaml(file) : undefined;
    if (!file || !parsed || parsed.doc.errors.length > 0 || isLogsOnly(context.files[SPEC_PATH])) return [];
    const root = yamlRoot(parsed);
    const at = (offset: number | undefined) => {
      const { line, col } = parsed.lineCounter.linePos(offset ?? 0);
      return { line, column: col };
    };
    if (!root)
      return [
        report(
          file,
          undefined,
          `${file} must be a mapping with init_config and instances`,
          'start the file with `init_config:` and `instances:`',
        ),
      ];
    const out: Finding[] = [];
    if (!root.has('init_config'))
      out.push(report(file, undefined, 'no init_config section', 'add `init_config:` (it may be empty)', 'warning'));
    if (!root.has('instances')) {
      out.push(
        report(file, undefined, 'no instances section', 'add `instances:` with at least one `- key: value` item'),
      );
      return out;
    }
    const instances = root.get('instances', true);
    if (
      !isSeq(instances) ||
      instances.items.length === 0 ||
      !instances.items.every((item) => isMap(item) || isEmptyItem(item))
    ) {
      const pair = root.items.find((p) => (p.key as { value?: unknown })?.value === 'instances');
      out.push(
        report(
          file,
          at((pair?.key as { range?: [number] })?.range?.[0]),
          'instances must be a non-empty list of mappings',
          'write each instance as `- key: value`',
        ),
      );
    }
    return out;
  },
};

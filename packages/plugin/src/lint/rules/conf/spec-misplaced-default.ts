import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';
import { listSpecOptions, SPEC } from './spec-options';

export const confSpecDefaultRule: LintRule = {
  id: 'conf/spec-misplaced-default',
  policy: { provenance: 'upstream', basis: '`ddev validate config` (`contains the following invalid option-level fields: \'default\'`)' },
  description:
    "In assets/configuration/spec.yaml an option's default belongs under its `value` (next to `type` and `example`), not on the option itself: Datadog's renderer ignores a misplaced default, so conf.yaml.example and the generated config models show another default than intended. Bad: `- name: tls\\n  default: false\\n  value:\\n    type: boolean`. Good: `  value:\\n    type: boolean\\n    default: false`. Fix: move the `default:` line under `value:`.",
  check: (context) => {
    const parsed = context.yaml(SPEC);
    if (!parsed || parsed.doc.errors.length > 0) return [];
    const out: Diagnostic[] = [];
    for (const option of listSpecOptions(parsed)) {
      const pair = option.node.items.find((p) => (p.key as { value?: unknown })?.value === 'default');
      if (!pair) continue;
      const { line, col } = parsed.lineCounter.linePos((pair.key as { range?: [number] }).range?.[0] ?? 0);
      out.push(report('conf/spec-misplaced-default', SPEC, { line, column: col }, `option '${option.name}' declares its default outside 'value'`, 'move `default:` under `value:`, next to `type:` and `example:`'));
    }
    return out;
  },
};

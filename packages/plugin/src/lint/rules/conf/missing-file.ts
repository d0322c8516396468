import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const confMissingFileRule: LintRule = {
  id: 'conf/missing-file',
  policy: {
    provenance: 'upstream',
    validator: 'config',
    basis: '`ddev validate config` (the example rendered from spec.yaml is not in sync with a missing file)',
  },
  description:
    "An integration with a check (a datadog_checks/<module>/ package) ships a conf.yaml.example that users copy into the Agent's conf.d: without it nobody knows how to configure the check. Tile-only integrations, without a package, need none. Where spec.yaml renders the example, conf/spec-drift reports its absence instead, and `--fix` writes it. Fix: add datadog_checks/<module>/data/conf.yaml.example with `init_config:` and `instances:`.",
  check: (context) => {
    // The package layout, or the guide's flat layout with check.py beside the manifest.
    const hasCheck = (context.paths ?? Object.keys(context.files)).some(
      (p) => p.startsWith(`datadog_checks/${context.module}/`) || p === 'check.py',
    );
    // Where spec.yaml was rendered, conf/spec-drift reports a missing example, with the rendering to write.
    if (context.confExample || !hasCheck || context.renderedConfig?.kind === 'rendered') return [];
    const expected = context.exists('check.py')
      ? 'conf.yaml.example'
      : `datadog_checks/${context.module}/data/conf.yaml.example`;
    return [
      report(
        expected,
        undefined,
        'the check has no conf.yaml.example',
        `add ${expected} with init_config and instances`,
      ),
    ];
  },
};

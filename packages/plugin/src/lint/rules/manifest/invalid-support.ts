import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

const SUPPORT = ['contrib', 'core', 'partner'];

export const manifestSupportRule: LintRule = {
  id: 'manifest/invalid-support',
  policy: { provenance: 'advice', basis: "the guide's v1 manifest field; ddev 20 no longer validates manifests" },
  description:
    'support (the guide\'s manifest) is `contrib` for a community integration; `core` and `partner` are set by Datadog staff only. Bad: `"support": "community"`. Good: `"support": "contrib"`. Fix: write contrib.',
  check: (context) => {
    const model = context.manifest();
    if (!model || model.major !== 1) return [];
    const { node, at } = fieldAt(model, ['support']);
    if (node?.kind !== 'string' || node.value === '' || SUPPORT.includes(node.value)) return [];
    return [
      report(
        MANIFEST,
        at,
        `support '${node.value}' is not one of ${SUPPORT.join(', ')}`,
        'write "contrib" (core and partner are set by Datadog)',
      ),
    ];
  },
};

import type { LintRule } from '../../lint-rule';
import { EMAIL, report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

export const manifestEmailRule: LintRule = {
  id: 'manifest/invalid-email',
  policy: {
    provenance: 'advice',
    basis: 'ddev 20 no longer validates manifests (its old MaintainerValidator asked for one address)',
  },
  description:
    'The maintainer (v1 `maintainer`, v2 `author.support_email`) is one valid e-mail address: Datadog writes to it about the integration. Bad: `help@example.com, ops@example.com`, `John Doe`. Good: `help@example.com`. Fix: write a single address.',
  check: (context) => {
    const model = context.manifest();
    if (!model) return [];
    const path = model.major === 2 ? ['author', 'support_email'] : ['maintainer'];
    const { node, at } = fieldAt(model, path);
    if (node?.kind !== 'string' || node.value.trim() === '' || EMAIL.test(node.value)) return [];
    return [
      report(
        MANIFEST,
        at,
        `${path.join('.')} '${node.value}' is not a valid e-mail address`,
        'write one address such as help@example.com',
      ),
    ];
  },
};

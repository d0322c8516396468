import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

export const manifestNameRule: LintRule = {
  id: 'manifest/name-mismatch',
  policy: { provenance: 'advice', basis: "the guide's v1 manifest field; ddev 20 no longer validates manifests" },
  description:
    'The `name` of the guide\'s manifest equals the integration\'s folder name: the Agent and the tooling find the integration by it. Bad: folder `my_integration`, `"name": "my-integration"`. Fix: make them equal (rename the folder or the field).',
  check: (context) => {
    const model = context.manifest();
    if (!model || model.major !== 1) return [];
    const { node, at } = fieldAt(model, ['name']);
    if (node?.kind !== 'string' || node.value === '' || node.value === context.name) return [];
    return [
      report(
        MANIFEST,
        at,
        `name '${node.value}' differs from the folder name '${context.name}'`,
        `set "name": "${context.name}"`,
      ),
    ];
  },
};

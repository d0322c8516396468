import type { LintRule } from '../../lint-rule';
import { stringAt } from '../../json/json-node';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';
import { NO_MONITOR_VALIDATOR } from './monitor-policy';

export const monitorsIntegrationTagRule: LintRule = {
  id: 'monitors/integration-tag',
  policy: {
    provenance: 'advice',
    basis: `${NO_MONITOR_VALIDATOR}; Datadog's monitor-template guide asks for the tag \`integration:<app_id>\``,
  },
  description:
    'The `tags` of each monitor template the manifest names include an `integration:` tag: Datadog files the template under the integration it names. Bad: `"tags": ["team:foo"]`. Good: `"tags": ["integration:foo"]`, with the manifest\'s app_id. Fix: add the tag.',
  check: (context) => {
    const model = context.manifest();
    const tag = `integration:${(model && stringAt(model.root, ['app_id'])) || context.name.replace(/_/g, '-')}`;
    return readAssetObjects(context, 'monitors').flatMap(({ asset, member }) => {
      const tags = member('tags');
      // A missing tags field is monitors/missing-field's.
      if (!tags) return [];
      if (
        tags.value.kind === 'array' &&
        tags.value.items.some((t) => t.kind === 'string' && t.value.startsWith('integration:'))
      )
        return [];
      return [
        report(
          asset.file,
          tags.keyStart,
          'the monitor has no `integration:` tag',
          `add "${tag}" to its tags`,
          'warning',
        ),
      ];
    });
  },
};

import type { LintRule } from '../../lint-rule';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';
import { NO_MONITOR_VALIDATOR } from './monitor-policy';

/** A monitor template's fields, and those of the monitor it defines (the old validator's list, moved into `definition`). */
const TEMPLATE_FIELDS = ['title', 'description', 'tags', 'definition'];
const DEFINITION_FIELDS = ['name', 'type', 'query', 'message', 'options'];

export const monitorsMissingFieldRule: LintRule = {
  id: 'monitors/missing-field',
  policy: {
    provenance: 'advice',
    basis: `${NO_MONITOR_VALIDATOR}; Datadog's monitor-template guide requires the title, description and tags`,
  },
  description:
    'Each monitor template the manifest names has a `title`, a `description`, `tags` and the monitor\'s `definition` with its `name`, `type`, `query`, `message` and `options`: the template list shows the title and description, and the definition is the monitor a user creates from it. Bad: a monitor exported without "Select to export as a monitor template" (its fields at the top level, no title). Good: `{"version": 2, "title": ..., "description": ..., "tags": [...], "definition": {"name": ..., "type": ..., "query": ..., "message": ..., "options": {...}}}`. Fix: export the monitor again as a template, or add the fields.',
  check: (context) =>
    readAssetObjects(context, 'monitors').flatMap(({ asset, root, member }) => {
      const missing = TEMPLATE_FIELDS.filter((key) => !member(key));
      const definition = member('definition')?.value;
      if (definition?.kind === 'object') {
        const has = new Set(definition.members.map((m) => m.key));
        missing.push(...DEFINITION_FIELDS.filter((key) => !has.has(key)).map((key) => `definition.${key}`));
      } else if (definition) {
        missing.push(...DEFINITION_FIELDS.map((key) => `definition.${key}`));
      }
      if (missing.length === 0) return [];
      return [
        report(
          asset.file,
          root.start,
          `the monitor does not contain the required fields: ${missing.join(', ')}`,
          'export the monitor again as a template (Export Monitor → Select to export as a monitor template), or add the fields',
        ),
      ];
    }),
};

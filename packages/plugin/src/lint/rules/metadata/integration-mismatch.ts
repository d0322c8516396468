import type { LintRule } from '../../lint-rule';
import { normalizeDisplayName } from '../../model/manifest-model';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataIntegrationRule: LintRule = {
  id: 'metadata/integration-mismatch',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`integration: ... should be`)',
  },
  description:
    'The integration column equals the integration\'s normalised display name: the manifest\'s display name (v1 `display_name`, v2 `assets.integration.source_type_name`, else the folder name) with every character but letters, digits and dashes turned into `_`, in lower case. Datadog files the metric under that name. Bad: `OctoPrint`, `bind9` for "BIND 9". Good: `octoprint`, `bind_9`. Fix: write the normalised name in every row.',
  check: (context) => {
    const expected = normalizeDisplayName(context.manifest()?.displayName ?? context.name);
    return forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'integration');
      if (!cell || cell.value === '' || cell.value === expected) return [];
      return [
        report(
          METADATA,
          cell.field,
          `integration '${cell.value}' should be '${expected}'`,
          `write '${expected}', the manifest's display name normalised`,
        ),
      ];
    });
  },
};

import type { LintRule } from '../../lint-rule';
import { KNOWN_COLUMNS } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataUnknownColumnRule: LintRule = {
  id: 'metadata/unknown-column',
  policy: { provenance: 'upstream', validator: 'metadata', basis: '`ddev validate metadata` (`Invalid column`)' },
  description:
    'Every column name of metadata.csv is one Datadog knows: metric_name, metric_type, interval, unit_name, per_unit_name, description, orientation, integration, short_name, curated_metric, sample_tags. Datadog rejects any other name. Bad: `metric_name,type,...`. Good: `metric_name,metric_type,...`. Fix: rename the column or remove it from the header and every row.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    return table.columns
      .filter((c) => c.name !== '' && !KNOWN_COLUMNS.has(c.name))
      .map((c) =>
        report(METADATA, c.field, `unknown column '${c.name}'`, `use one of ${[...KNOWN_COLUMNS].join(', ')}`),
      );
  },
};

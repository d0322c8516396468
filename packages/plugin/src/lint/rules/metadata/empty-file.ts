import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataEmptyFileRule: LintRule = {
  id: 'metadata/empty-file',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`metadata file is empty`)',
  },
  description:
    'metadata.csv must hold at least its header row: an empty file (or one of blank lines) tells Datadog nothing and breaks upstream validation. Bad: an empty file. Good: `metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name`. Fix: write the header, then one row per metric.',
  check: (context) => {
    const text = context.files[METADATA];
    if (text === undefined || text.replace(/^\ufeff/, '').trim() !== '') return [];
    return [
      report(
        METADATA,
        undefined,
        'metadata.csv is empty',
        'write the header row metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name',
      ),
    ];
  },
};

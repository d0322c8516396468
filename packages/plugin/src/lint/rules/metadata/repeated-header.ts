import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataRepeatedHeaderRule: LintRule = {
  id: 'metadata/repeated-header',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (the copied header row has the metric type `metric_type`, an invalid metric_type)',
  },
  description:
    'The header row of metadata.csv appears once, at the top: a copy further down (often from pasting two files together) is read as a metric named `metric_name`. Fix: delete the repeated row.',
  check: (context) =>
    (context.metadata()?.repeatedHeaders ?? []).map((row) =>
      report(METADATA, { line: row.line, column: 1 }, 'the header row is repeated as a data row', 'delete this row'),
    ),
};

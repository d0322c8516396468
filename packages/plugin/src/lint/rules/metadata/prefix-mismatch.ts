import type { LintRule } from '../../lint-rule';
import { SHARED_PREFIXES } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataPrefixRule: LintRule = {
  id: 'metadata/prefix-mismatch',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`does not match metric_prefix`)',
  },
  description:
    "Every metric_name starts with the manifest's metric prefix (v1 `metric_prefix`, v2 `assets.integration.metrics.prefix`), or with a prefix Datadog shares across integrations (system., jvm., http., ...): one namespace per integration keeps metrics findable. Bad: `requests.total` with prefix `foo.`. Good: `foo.requests.total`. Fix: rename the metric (in the check too) or correct the prefix.",
  check: (context) => {
    const prefix = context.manifest()?.metricPrefix;
    if (!prefix) return [];
    return forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'metric_name');
      if (
        !cell ||
        cell.value === '' ||
        cell.value.startsWith(prefix) ||
        SHARED_PREFIXES.some((p) => cell.value.startsWith(p))
      )
        return [];
      return [
        report(
          METADATA,
          cell.field,
          `metric '${cell.value}' does not start with the manifest's prefix '${prefix}'`,
          `rename it to start with '${prefix}', or fix the prefix in manifest.json`,
        ),
      ];
    });
  },
};

import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';
import { placeOf } from '../../json/json-node';

export const manifestMetricCheckRule: LintRule = {
  id: 'manifest/metric-check-missing',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "Datadog shows the integration as reporting when the check metric arrives: a name that no metadata row declares (or an empty one) never does; datadog_checks_dev's MetricToCheckValidator required it",
  },
  description:
    "The metric the manifest names as the check's own (v1 `metric_to_check`, v2 `assets.integration.metrics.check`) is listed in metadata.csv: Datadog uses it to tell whether the integration reports, so a name that no row declares means the tile never shows the integration as working. Fix: correct the name, or add the metric to metadata.csv.",
  check: (context) => {
    const model = context.manifest();
    const table = context.metadata();
    if (!model || !table?.header || table.indexOf('metric_name') < 0) return [];
    const names = new Set(table.rows.map((row) => table.cell(row, 'metric_name')?.value.trim()));
    return model.metricChecks
      .filter((check) => !names.has(check.name))
      .map((check) =>
        report(
          MANIFEST,
          placeOf(model.root, check.path),
          check.name.trim() === ''
            ? `${check.path.join('.')} is empty`
            : `metric '${check.name}' named by ${check.path.join('.')} is not in metadata.csv`,
          'add it to metadata.csv, or name a metric that metadata.csv lists',
        ),
      );
  },
};

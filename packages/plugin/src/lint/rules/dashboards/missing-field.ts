import type { LintRule } from '../../lint-rule';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';

/** ddev's REQUIRED_ATTRIBUTES of a dashboard. */
export const DASHBOARD_REQUIRED = ['description', 'template_variables', 'widgets'];

export const dashboardsMissingFieldRule: LintRule = {
  id: 'dashboards/missing-field',
  policy: {
    provenance: 'upstream',
    validator: 'dashboards',
    basis: '`ddev validate dashboards` (`REQUIRED_ATTRIBUTES`): `<file> does not contain the required fields: ...`',
  },
  description:
    'Each dashboard the manifest names has the top-level fields `description`, `template_variables` and `widgets`, whatever their values. Bad: a dashboard without `template_variables`. Good: `"template_variables": []` when it has none. Fix: add the missing fields; exporting the dashboard again from Datadog writes all of them.',
  check: (context) =>
    readAssetObjects(context, 'dashboards').flatMap(({ asset, root, member }) => {
      const missing = DASHBOARD_REQUIRED.filter((key) => !member(key));
      if (missing.length === 0) return [];
      return [
        report(
          asset.file,
          root.start,
          `the dashboard does not contain the required fields: ${missing.join(', ')}`,
          `add ${missing.map((key) => `"${key}"`).join(', ')} at the top level (an empty string or [] when there is nothing to say)`,
        ),
      ];
    }),
};

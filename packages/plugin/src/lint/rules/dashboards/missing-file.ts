import type { LintRule } from '../../lint-rule';
import { reportMissingAssets } from '../asset-files';

export const dashboardsMissingFileRule: LintRule = {
  id: 'dashboards/missing-file',
  policy: {
    provenance: 'upstream',
    validator: 'dashboards',
    basis:
      '`ddev validate dashboards` fails an integration whose manifest names a dashboard file that does not exist (`<path> does not exist`)',
  },
  description:
    'Every dashboard the manifest names under `assets.dashboards` exists at that path in the integration\'s folder: Datadog installs the dashboards the manifest lists, and `ddev validate dashboards` reads each of them. Bad: `"Foo Overview": "assets/dashboards/overview.json"` with the file saved as `assets/dashboards/foo_overview.json`. Good: the path of the file as it is. Fix: add the file, or correct the path.',
  check: (context) => reportMissingAssets(context, 'dashboards', 'dashboard'),
};

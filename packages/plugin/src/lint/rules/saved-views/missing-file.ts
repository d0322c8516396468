import type { LintRule } from '../../lint-rule';
import { reportMissingAssets } from '../asset-files';

export const savedViewsMissingFileRule: LintRule = {
  id: 'saved-views/missing-file',
  policy: {
    provenance: 'upstream',
    validator: 'saved-views',
    basis: '`ddev validate saved-views`: `<integration> saved view does not exist: <path>`',
  },
  description:
    'Every saved view the manifest names under `assets.saved_views` exists at that path in the integration\'s folder: Datadog installs the saved views the manifest lists. Bad: `"errors": "assets/saved_views/errors.json"` with no such file. Good: the path of the file as it is. Fix: add the file, or correct the path.',
  check: (context) => reportMissingAssets(context, 'saved_views', 'saved view'),
};

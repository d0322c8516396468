import type { LintRule } from '../../lint-rule';
import { reportInvalidJson } from '../asset-files';

export const dashboardsInvalidJsonRule: LintRule = {
  id: 'dashboards/invalid-json',
  policy: {
    provenance: 'upstream',
    validator: 'dashboards',
    basis:
      "`ddev validate dashboards` loads every dashboard the manifest names with Python's json module and fails on an error (`invalid json: ...`); a file that holds no object stops it with a traceback",
    advicePart: "NaN or Infinity, which Python's json module reads as numbers",
  },
  description:
    "Each dashboard the manifest names is strict JSON holding one object, the dashboard definition: no trailing commas, no comments, nothing after the closing brace. Datadog and `ddev validate dashboards` read it with a strict parser. Bad: a trailing comma after the last widget. Good: the file as Datadog exports it (Share → Export dashboard JSON). NaN and Infinity are not JSON either, but Python's json module reads them: they are a warning, and the rest of the file goes unchecked. A byte order mark is reported by file/byte-order-mark. Fix: correct the syntax at the reported line and column.",
  check: (context) => reportInvalidJson(context, 'dashboards', 'the dashboard'),
};

import type { LintRule } from '../../lint-rule';
import { reportInvalidJson } from '../asset-files';

export const monitorsInvalidJsonRule: LintRule = {
  id: 'monitors/invalid-json',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "Datadog installs the monitor templates the manifest names from their JSON: a file that Python's json module refuses, or that holds no object, is no monitor (ddev 20.1 has no monitor validator; the removed `validate recommended-monitors` failed it: `invalid json`)",
    advicePart: "NaN or Infinity, which Python's json module reads as numbers",
  },
  description:
    "Each monitor template the manifest names under `assets.monitors` is strict JSON holding one object: no trailing commas, no comments, nothing after the closing brace. Bad: a comment above the query. Good: the file as Datadog exports it (Export Monitor → Select to export as a monitor template). NaN and Infinity are not JSON either, but Python's json module reads them: they are a warning, and the rest of the file goes unchecked. A byte order mark is reported by file/byte-order-mark. Fix: correct the syntax at the reported line and column.",
  check: (context) => reportInvalidJson(context, 'monitors', 'the monitor'),
};

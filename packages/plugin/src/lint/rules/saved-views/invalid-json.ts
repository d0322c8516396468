import type { LintRule } from '../../lint-rule';
import { reportInvalidJson } from '../asset-files';

export const savedViewsInvalidJsonRule: LintRule = {
  id: 'saved-views/invalid-json',
  policy: {
    provenance: 'upstream',
    validator: 'saved-views',
    basis:
      "`ddev validate saved-views` loads every saved view the manifest names with Python's json module and fails on an error (`saved view is not valid json: ...`); a file that holds no object stops it with a traceback",
    advicePart: "NaN or Infinity, which Python's json module reads as numbers",
  },
  description:
    'Each saved view the manifest names is strict JSON holding one object: no trailing commas, no comments, nothing after the closing brace. Bad: `{"name": "Errors", "type": "logs",}`. Good: `{"name": "Errors", "type": "logs", "page": "stream", "query": "status:error"}`. NaN and Infinity are not JSON either, but Python\'s json module reads them: they are a warning, and the rest of the file goes unchecked. A byte order mark is reported by file/byte-order-mark. Fix: correct the syntax at the reported line and column.',
  check: (context) => reportInvalidJson(context, 'saved_views', 'the saved view'),
};

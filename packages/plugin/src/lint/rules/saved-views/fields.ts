import type { LintRule } from '../../lint-rule';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';
import { OPTIONAL_HEADERS, REQUIRED_HEADERS } from './saved-view-schema';

const ALLOWED = [...REQUIRED_HEADERS, ...OPTIONAL_HEADERS];

export const savedViewsFieldsRule: LintRule = {
  id: 'saved-views/fields',
  policy: {
    provenance: 'upstream',
    validator: 'saved-views',
    basis:
      '`ddev validate saved-views`: `saved view does not have the required headers: missing {...}` for name, page, query and type, and the same failure for a field other than those and options, timerange, visible_facets',
  },
  description:
    'Each saved view the manifest names has the fields `name`, `page`, `query` and `type`, and no other field than those and `options`, `timerange` and `visible_facets`. Bad: a view without `query`, or with an `id` exported from an account. Good: `{"name": "Errors", "type": "logs", "page": "stream", "query": "source:foo status:error"}`. Fix: add the missing fields and remove the others.',
  check: (context) =>
    readAssetObjects(context, 'saved_views').flatMap(({ asset, root, member }) => {
      const missing = REQUIRED_HEADERS.filter((key) => !member(key));
      const out = missing.length
        ? [
            report(
              asset.file,
              root.start,
              `the saved view does not have the required fields: ${missing.join(', ')}`,
              `add ${missing.map((key) => `"${key}"`).join(', ')}`,
            ),
          ]
        : [];
      const seen = new Set<string>();
      for (const m of root.members) {
        if (ALLOWED.includes(m.key) || seen.has(m.key)) continue;
        seen.add(m.key);
        out.push(
          report(
            asset.file,
            m.keyStart,
            `unknown field '${m.key}' in a saved view (allowed: ${ALLOWED.join(', ')})`,
            `remove "${m.key}"`,
          ),
        );
      }
      return out;
    }),
};

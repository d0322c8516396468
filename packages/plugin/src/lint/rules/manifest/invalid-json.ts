import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';

export const manifestInvalidJsonRule: LintRule = {
  id: 'manifest/invalid-json',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "Python's json module, which ddev and Datadog's publishing read manifests with, refuses the file, so nothing in it (metric prefix, assets) is found",
  },
  description:
    'manifest.json is strict JSON holding one object: no trailing commas, no comments, straight double quotes, nothing after the closing brace. Datadog reads it with a strict parser. Bad: `"maintainer": "help@example.com,` (unterminated), `{...}}` (extra data). Fix: correct the syntax at the reported line and column.',
  check: (context) => {
    const parsed = context.json(MANIFEST);
    if (!parsed) return [];
    if (parsed.error)
      return [
        report(MANIFEST, parsed.error, `manifest.json is not valid JSON: ${parsed.error.message}`, parsed.error.hint),
      ];
    if (parsed.root && parsed.root.kind !== 'object')
      return [
        report(
          MANIFEST,
          parsed.root.start,
          `manifest.json must hold a JSON object, found ${parsed.root.kind === 'array' ? 'an array' : `a ${parsed.root.kind}`}`,
          'wrap the fields in { }',
        ),
      ];
    return [];
  },
};

import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';

export const manifestInvalidJsonRule: LintRule = {
  id: 'manifest/invalid-json',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis:
      "`ddev validate metadata` reads every integration's manifest.json (for the metric prefix and the path of metadata.csv) with Python's json module and stops with a `JSONDecodeError`; Datadog's publishing reads it the same way",
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

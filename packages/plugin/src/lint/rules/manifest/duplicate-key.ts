import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';

export const manifestDuplicateKeyRule: LintRule = {
  id: 'manifest/duplicate-key',
  policy: {
    provenance: 'advice',
    basis: 'JSON readers keep the last value without complaint; the first one only misleads readers of the file',
  },
  description:
    'No key appears twice in the same object of manifest.json: JSON parsers silently keep the last value, so the first is dead text that readers still trust. Bad: `"changelog": "CHANGELOG.md", ... "changelog": ""`. Fix: keep one of the two, with the right value.',
  check: (context) =>
    (context.json(MANIFEST)?.duplicates ?? []).map((d) =>
      report(
        MANIFEST,
        d,
        `duplicate key "${d.key}" (first at line ${d.first.line}); the last value wins`,
        `remove one of the two "${d.key}" entries`,
      ),
    ),
};

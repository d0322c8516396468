import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataBlankLineRule: LintRule = {
  id: 'metadata/blank-line',
  policy: {
    provenance: 'advice',
    basis: "Python's csv reader skips blank lines, so `ddev validate metadata` accepts them",
  },
  description:
    'metadata.csv has no blank lines. Datadog tolerates them, so this is a warning, but other CSV readers stop or produce empty rows. Fix: delete the blank line.',
  check: (context) =>
    (context.metadata()?.blankLines ?? []).map((line) =>
      report(METADATA, { line, column: 1 }, 'blank line', 'delete the blank line', 'warning'),
    ),
};

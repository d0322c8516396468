import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const REQUIREMENTS = 'requirements.txt';

export const requirementsNewlineRule: LintRule = {
  id: 'requirements/final-newline',
  policy: {
    provenance: 'advice',
    basis: 'pip reads a last line without a line break; only tools that append to the file go wrong',
  },
  description:
    'requirements.txt ends with a new line: tools that append a requirement (or concatenate files) otherwise glue it to the last line, producing a requirement that does not exist. Fix: add a line break after the last requirement (`nx lint --fix` does it).',
  check: (context) => {
    const text = context.files[REQUIREMENTS];
    if (text === undefined || text === '' || text.endsWith('\n')) return [];
    const lines = text.split('\n');
    return [
      report(
        REQUIREMENTS,
        { line: lines.length, column: lines[lines.length - 1].length + 1 },
        'requirements.txt does not end with a new line',
        'add a line break after the last requirement',
      ),
    ];
  },
};

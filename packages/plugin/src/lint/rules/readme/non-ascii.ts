import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const readmeNonAsciiRule: LintRule = {
  id: 'readme/non-ascii',
  policy: {
    provenance: 'upstream',
    validator: 'readmes',
    basis: '`ddev validate readmes` (`readme contains non-ASCII character(s)`: code points above 256)',
  },
  description:
    "README.md holds no character above U+0100 (Latin-1 and below pass): typographic quotes, dashes, emoji and non-breaking spaces pasted from a word processor are the usual culprits, and Datadog's README validation rejects them. Bad: `It’s fast — really`. Good: `It's fast - really`. Fix: retype the character at the reported column in ASCII.",
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const out: Finding[] = [];
    text.split('\n').forEach((line, i) => {
      let column = 0;
      for (const char of line) {
        column += 1;
        if ((char.codePointAt(0) ?? 0) > 256) {
          out.push(
            report(
              'README.md',
              { line: i + 1, column },
              `'${char}' (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) is not ASCII`,
              'retype it in ASCII (straight quotes, -, spaces)',
            ),
          );
          break;
        }
      }
    });
    return out;
  },
};

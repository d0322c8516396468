import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const fileCrlfRule: LintRule = {
  id: 'file/crlf-line-endings',
  policy: { provenance: 'advice', basis: "Datadog's repositories use LF, but every reader accepts CRLF" },
  description:
    "Text files end their lines with LF, not CRLF: Datadog's repositories use LF, and mixed endings make every diff noisy. Readers accept CRLF, so this is a warning. Fix: `nx lint --fix` converts the line endings.",
  check: (context) =>
    Object.entries(context.files)
      .filter(([file, text]) => !file.endsWith('.py') && text.includes('\r\n'))
      .map(([file, text]) => {
        const line = text.slice(0, text.indexOf('\r\n')).split('\n').length;
        return report(
          file,
          { line, column: 1 },
          `${file} has CRLF (Windows) line endings`,
          'convert to LF line endings (nx lint --fix does it)',
          'warning',
        );
      }),
};

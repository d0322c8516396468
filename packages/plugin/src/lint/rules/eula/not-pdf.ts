import type { LintRule } from '../../lint-rule';
import { MANIFEST } from '../manifest/manifest-rule';
import { report } from '../rule-helpers';
import { eulaReference } from './eula-path';

export const eulaNotPdfRule: LintRule = {
  id: 'eula/not-pdf',
  policy: {
    provenance: 'upstream',
    validator: 'eula',
    basis: '`ddev validate eula`: `<path> is not a PDF file` when the first line of a `.pdf` EULA lacks `%PDF`',
    advicePart:
      'a EULA without the .pdf extension: ddev prints `is missing the pdf extension` and FAILED, but does not count it, so the command still passes',
  },
  description:
    'The EULA a Marketplace manifest names is a PDF: its path ends with `.pdf` and its first line holds the PDF signature `%PDF`. A Word document or a text file renamed to .pdf is refused. Bad: `"eula": "assets/eula.docx"`, or a text file saved as `eula.pdf`. Good: `"eula": "assets/eula.pdf"`, exported as PDF. Fix: export the EULA as a PDF and name it with the .pdf extension.',
  check: (context) => {
    const ref = eulaReference(context);
    if (!ref?.file || !context.exists(ref.file)) return [];
    if (!ref.file.endsWith('.pdf'))
      return [
        report(
          MANIFEST,
          ref.node.start,
          `the EULA '${ref.written}' is missing the pdf extension`,
          'export the EULA as a PDF and name it <name>.pdf',
          'warning',
        ),
      ];
    const head = context.pdfHeads?.[ref.file];
    if (head === undefined || head.includes('%PDF')) return [];
    return [
      report(
        ref.file,
        { line: 1, column: 1 },
        `the EULA '${ref.written}' is not a PDF file: its first line has no %PDF signature`,
        'export the EULA as a PDF (File → Export as PDF), not a renamed document',
      ),
    ];
  },
};

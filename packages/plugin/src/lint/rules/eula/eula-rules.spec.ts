import { assetIntegration } from '../../__fixtures__/asset-integration';
import { d, source, STRICT_POLICY } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { eulaMissingFileRule } from './missing-file';
import { eulaNotPdfRule } from './not-pdf';

const M = 'manifest.json';
/** Files of `foo` whose v2 manifest names `eula`, and the first lines of its PDFs. */
const withEula = (eula: unknown, pdfHeads: Record<string, string> = {}, others: string[] = []) => ({
  files: assetIntegration({}, (m) => (m.legal_terms = { eula })),
  pdfHeads,
  others,
});

function run(rule: LintRule, input: ReturnType<typeof withEula>) {
  const base = source(input.files);
  const paths = [...(base.paths ?? []), ...Object.keys(input.pdfHeads), ...input.others];
  return checkRule(rule, createLintContext({ ...base, paths, pdfHeads: input.pdfHeads }), STRICT_POLICY).map(
    ({ hint, ...rest }) => {
      expect(hint).toBeTruthy();
      return rest;
    },
  );
}

const PDF = { 'assets/eula.pdf': '%PDF-1.7\n' };

const cases: [LintRule, string, ReturnType<typeof withEula>, ReturnType<typeof d>[]][] = [
  [
    eulaMissingFileRule,
    'accepts a manifest without a EULA',
    { files: assetIntegration({}), pdfHeads: {}, others: [] },
    [],
  ],
  [eulaMissingFileRule, 'accepts a EULA that exists', withEula('assets/eula.pdf', PDF), []],
  [eulaMissingFileRule, 'accepts a null EULA, as ddev does', withEula(null), []],
  [
    eulaMissingFileRule,
    'reports a EULA that does not exist, at its field',
    withEula('assets/eula.pdf'),
    [d('eula/missing-file', M, 14, 13, "legal_terms.eula names the EULA 'assets/eula.pdf', which does not exist")],
  ],
  [
    eulaMissingFileRule,
    'reports a value that is not a path',
    withEula(1),
    [d('eula/missing-file', M, 14, 13, 'legal_terms.eula must be the path of the EULA, found a number')],
  ],
  [eulaNotPdfRule, 'accepts a PDF', withEula('./assets/eula.pdf', PDF), []],
  [
    eulaNotPdfRule,
    'accepts the signature anywhere on the first line, as ddev does',
    withEula('assets/eula.pdf', { 'assets/eula.pdf': '\u0000junk %PDF-1.4\n' }),
    [],
  ],
  [
    eulaNotPdfRule,
    'reports a .pdf that is not one, at the file',
    withEula('assets/eula.pdf', { 'assets/eula.pdf': 'These are the terms\n' }),
    [
      d(
        'eula/not-pdf',
        'assets/eula.pdf',
        1,
        1,
        "the EULA 'assets/eula.pdf' is not a PDF file: its first line has no %PDF signature",
      ),
    ],
  ],
  [
    eulaNotPdfRule,
    'warns about another extension, which ddev prints but does not fail',
    withEula('assets/eula.txt', {}, ['assets/eula.txt']),
    [d('eula/not-pdf', M, 14, 13, "the EULA 'assets/eula.txt' is missing the pdf extension", 'warning')],
  ],
];

describe('EULA rules', () => {
  it.each(cases.map(([rule, title, input, expected]) => [rule.id, title, rule, input, expected] as const))(
    '%s: %s',
    (_id, _title, rule, input, expected) => {
      expect(run(rule, input)).toEqual(expected);
    },
  );
});

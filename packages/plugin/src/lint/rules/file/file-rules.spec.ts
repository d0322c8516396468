import { d, runRule } from '../../__fixtures__/run-rule';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { fileBomRule } from './byte-order-mark';
import { fileCrlfRule } from './crlf-line-endings';
import { fileNotTextRule } from './not-text';

describe('file rules', () => {
  it('file/byte-order-mark: an error in the files ddev validate metadata reads, a warning in the others', () => {
    const found = runRule(fileBomRule, {
      'manifest.json': '\ufeff{}\n',
      'metadata.csv': '\ufeffmetric_name\n',
      'README.md': '\ufeff# Foo\n',
    });
    expect(found.map((f) => [f.file, f.severity])).toEqual([
      ['manifest.json', 'error'],
      ['metadata.csv', 'error'],
      ['README.md', 'warning'],
    ]);
  });

  it.each([
    [
      'a BOM',
      { 'metadata.csv': '\ufeffmetric_name\n' },
      [d('file/byte-order-mark', 'metadata.csv', 1, 1, 'metadata.csv starts with a byte order mark (BOM)')],
    ],
    ['no BOM', { 'metadata.csv': 'metric_name\n' }, []],
  ])('file/byte-order-mark: %s', (_title, files, expected) => {
    expect(runRule(fileBomRule, files)).toEqual(expected);
  });

  it.each([
    [
      'CRLF from the second line',
      { 'README.md': '# Foo\n\r\nx\r\n' },
      [d('file/crlf-line-endings', 'README.md', 2, 1, 'README.md has CRLF (Windows) line endings', 'warning')],
    ],
    ['LF only', { 'README.md': '# Foo\n' }, []],
    ['Python files, which ruff checks', { 'tests/test_foo.py': 'x = 1\r\n' }, []],
  ])('file/crlf-line-endings: %s', (_title, files, expected) => {
    expect(runRule(fileCrlfRule, files)).toEqual(expected);
  });

  it('file/not-text: reports files that are not UTF-8 text', () => {
    const context = createLintContext({ name: 'foo', files: {}, notText: ['metadata.csv'] });
    expect(checkRule(fileNotTextRule, context).map((x) => [x.ruleId, x.file, x.message])).toEqual([
      ['file/not-text', 'metadata.csv', 'metadata.csv is not UTF-8 text (binary content or another encoding)'],
    ]);
  });
});

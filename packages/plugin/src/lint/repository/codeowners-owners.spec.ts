import { CodeownersPatternError, owningLine, pathToPythonRegex, pathToRegex } from './codeowners-owners';

describe('pathToRegex', () => {
  // Expected verdicts are ddev 20.1's (`ddev.utils.codeowners.path_to_regex`) on the same paths.
  it.each([
    ['**/assets/logs/', '/foo/assets/logs/', true],
    ['**/assets/logs/', '/foo/assets/', false],
    ['/foo/', '/foo/assets/logs/', true],
    ['/foo/', '/a/foo/', false],
    ['foo/', '/a/foo/', true],
    ['/foo/*', '/foo/x.py', true],
    ['/foo/*', '/foo/assets/logs/', false],
    ['*.py', '/a/b/x.py', true],
    ['a?c', '/abc/', true],
    ['[ab]/', '/a/', true],
    ['/a\\ b/', '/a b/', true],
    // For Python, a `]` right after `[` is a member of the class: ddev's `[]a[b]` is one class of `]a[b`.
    ['[]a[b]', '/]/', true],
    ['[]a[b]', '/[/', true],
    ['[]a[b]', '/x/', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(pathToRegex(pattern.split('\\ ').join('/'.repeat(20))).test(path.split(' ').join('/'.repeat(20)))).toBe(
      expected,
    );
  });

  it('writes the expression ddev writes', () => {
    expect(pathToPythonRegex('**/assets/logs/')).toBe('\\A/.*assets/logs/');
    expect(pathToPythonRegex('*.py')).toBe('(?:\\A|/)[^/]*\\.py(?:\\Z|/)');
  });

  it.each(['a[b', '[]', '[]a]x'])('rejects %s, as ddev stops on it', (pattern) => {
    expect(() => pathToRegex(pattern)).toThrow(CodeownersPatternError);
  });
});

describe('owningLine', () => {
  const text = [
    '# comment',
    '[Section]',
    '**/assets/logs/   @DataDog/logs-integrations-reviewers',
    '/foo/assets/ @acme/team support@acme.com nobody',
    '',
  ].join('\n');

  it('takes the last line that matches, with its owners by kind', () => {
    expect(owningLine(text, '/foo/assets/logs/')).toEqual({
      line: 4,
      pattern: '/foo/assets/',
      owners: [
        { kind: 'TEAM', name: '@acme/team' },
        { kind: 'EMAIL', name: 'support@acme.com' },
      ],
    });
    expect(owningLine(text, '/bar/assets/logs/')?.owners).toEqual([
      { kind: 'TEAM', name: '@DataDog/logs-integrations-reviewers' },
    ]);
  });

  it('finds no owner where no line matches', () => {
    expect(owningLine(text, '/bar/')).toBeUndefined();
  });

  it('stops on a bad pattern anywhere in the file, as ddev', () => {
    expect(() => owningLine(`/foo/[ab @a\n${text}`, '/bar/assets/logs/')).toThrow(CodeownersPatternError);
  });
});

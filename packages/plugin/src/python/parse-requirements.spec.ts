import { normaliseDistributionName, parseRequirements, requirementNames } from './parse-requirements';

describe('parseRequirements', () => {
  it('keeps requirement names with their lines and skips comments, blanks and options', () => {
    const text = [
      '# header',
      'datadog-checks-base>=32.6.0',
      '',
      '-r other.txt',
      'Redis_Py[hiredis]==5.0 ; python_version > "3.8"  # pinned',
      '--index-url x',
      'my.lib',
    ].join('\n');
    expect(parseRequirements(text).map((r) => [r.name, r.line])).toEqual([
      ['datadog-checks-base', 2],
      ['redis-py', 5],
      ['my-lib', 7],
    ]);
  });

  it('reads CRLF files', () => {
    expect(parseRequirements('a\r\nb\r\n').map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('requirementNames', () => {
  it('extracts names of PEP 508 strings', () => {
    expect(requirementNames(['datadog-checks-base>=37', 'requests[socks] ; python_version>"3"', ' '])).toEqual([
      'datadog-checks-base',
      'requests',
    ]);
  });
});

describe('normaliseDistributionName', () => {
  it.each([
    ['Foo_Bar', 'foo-bar'],
    ['foo.bar', 'foo-bar'],
    ['foo--bar', 'foo-bar'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseDistributionName(name)).toBe(expected);
  });
});

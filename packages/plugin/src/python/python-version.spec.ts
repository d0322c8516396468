import { formatPythonVersion, isAtLeast, MINIMUM_PYTHON, parsePythonVersion } from './python-version';

describe('python versions', () => {
  it.each([
    ['Python 3.11.7', '3.11.7'],
    ['3.12', '3.12.0'],
    ['3.13.0rc1', '3.13.0'],
  ])('parses %j', (text, expected) => {
    expect(formatPythonVersion(parsePythonVersion(text)!)).toBe(expected);
  });

  it('refuses text without a version', () => {
    expect(parsePythonVersion('command not found')).toBeUndefined();
  });

  it.each([
    ['3.8.18', false],
    ['3.9.0', true],
    ['3.11.7', true],
    ['2.7.18', false],
    ['4.0.0', true],
  ])('%s is recent enough: %s', (text, expected) => {
    expect(isAtLeast(parsePythonVersion(text)!, MINIMUM_PYTHON)).toBe(expected);
  });
});

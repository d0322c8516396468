import { isReleaseVersion, releaseVersionProblem, semverSpelling } from './release-version';

describe('release versions', () => {
  it.each([
    '0.1.0',
    '1.2.3',
    '10.20.30',
    '6.0.0',
    '1.2.3rc1',
    '1.2.3-rc.1',
    '2.0.0a1',
    '2.0.0-alpha.1',
    '2.0.0b3',
    '2.0.0-beta.3',
  ])('accepts %s', (text) => {
    expect(releaseVersionProblem(text)).toBeUndefined();
    expect(isReleaseVersion(text)).toBe(true);
  });

  it.each([
    ['1.2', 'has 2 numbers instead of 3'],
    ['1.2.3.4', 'has 4 numbers instead of 3'],
    ['banana', 'is not a Python package version (PEP 440)'],
    ['', 'is not a Python package version (PEP 440)'],
    [' 2.0.0\n', 'is not a Python package version (PEP 440)'],
    ['1.2.3-beta.x', 'is not a Python package version (PEP 440)'],
    ['1!1.2.3', 'has an epoch (1!)'],
    ['1.2.3.post1', 'is a post-release'],
    ['1.2.3.dev0', 'is a development release'],
    ['1.2.3rc1.dev0', 'is a development release'],
    ['1.2.3+build.5', 'has a local part (+build.5)'],
    ['v1.2.3', 'is spelled unusually: write 1.2.3'],
    ['01.2.3', 'is spelled unusually: write 1.2.3'],
    ['1.2.3-rc1', 'is spelled unusually: write 1.2.3rc1 or 1.2.3-rc.1'],
    ['1.2.3.alpha1', 'is spelled unusually: write 1.2.3a1 or 1.2.3-alpha.1'],
  ])('rejects %j: it %s', (text, problem) => {
    expect(releaseVersionProblem(text)).toBe(problem);
    expect(isReleaseVersion(text)).toBe(false);
  });
});

describe('semverSpelling', () => {
  it.each([
    ['1.2.3', '1.2.3'],
    ['1.2.3rc1', '1.2.3-rc.1'],
    ['1.2.3-rc.1', '1.2.3-rc.1'],
    ['2.0.0b2', '2.0.0-beta.2'],
    ['1.2', undefined],
    ['banana', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(semverSpelling(text)).toBe(expected);
  });
});

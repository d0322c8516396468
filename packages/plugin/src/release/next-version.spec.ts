import { nextVersion } from './next-version';

describe('nextVersion', () => {
  it.each([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['1.3.0rc1', 'minor', '1.3.0'],
    ['1.3.0-rc.1', 'patch', '1.3.0'],
    ['1.2.3', '2.0.0rc1', '2.0.0rc1'],
    ['1.2.3', '1.2.4-beta.1', '1.2.4-beta.1'],
  ])('%s + %s = %s', (current, requested, version) => {
    expect(nextVersion(current, requested)).toEqual({ version });
  });

  it.each([
    ['1.2.3', 'prerelease', "'prerelease' is a semver pre-release bump, which a Python version does not have"],
    ['1.2.3', '1.2', "'1.2' is neither major, minor, patch nor a release version: it has 2 numbers instead of 3"],
    ['1.2.3', '1.2.3', '1.2.3 does not come after the current version 1.2.3: versions never go backwards'],
    ['1.2.3', '1.0.0', '1.0.0 does not come after the current version 1.2.3: versions never go backwards'],
  ])('%s + %s: %s', (current, requested, problem) => {
    expect(nextVersion(current, requested)).toEqual({ problem, hint: expect.any(String) });
  });
});

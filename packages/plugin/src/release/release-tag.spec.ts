import { formatReleaseTag, latestReleasedVersion, releaseTagPrefix } from './release-tag';

describe('release tags', () => {
  it('are named <integration>-<version> unless the pattern says otherwise', () => {
    expect(formatReleaseTag('my_check', '1.2.3')).toBe('my_check-1.2.3');
    expect(formatReleaseTag('my_check', '1.2.3', 'v{version}/{projectName}')).toBe('v1.2.3/my_check');
    expect(releaseTagPrefix('my_check')).toBe('my_check-');
  });

  it.each([
    [['a-0.1.0', 'a-0.10.0', 'a-0.9.0'], '0.10.0'],
    [['a-0.1.0', 'a_b-9.0.0', 'a-latest', 'a-1.0'], '0.1.0'],
    [['a-1.0.0', 'a-1.1.0-rc.1', 'a-1.0.1rc2'], '1.1.0-rc.1'],
    [['a-1.1.0', 'a-1.1.0rc1'], '1.1.0'],
    [['b-1.0.0', 'a-'], undefined],
    [[], undefined],
  ])('the newest of %j is %s', (tags, expected) => {
    expect(latestReleasedVersion('a', tags)).toBe(expected);
  });

  it('reads tags of another pattern', () => {
    expect(latestReleasedVersion('a', ['a@1.0.0', 'a@2.0.0', 'a-3.0.0'], '{projectName}@{version}')).toBe('2.0.0');
  });
});

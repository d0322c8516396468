import { firstReleaseAsWritten, type FirstReleaseInput } from './first-release';

const CHANGELOG = '# CHANGELOG - Alpha\n\n## 0.1.0\n\n***Added***:\n\n* Initial release.\n';

function input(overrides: Partial<FirstReleaseInput> = {}): FirstReleaseInput {
  return {
    name: 'alpha',
    root: 'integrations/alpha',
    current: '0.1.0',
    requested: '0.1.0',
    releasedVersion: undefined,
    changelog: { path: 'integrations/alpha/CHANGELOG.md', text: CHANGELOG },
    pendingEntries: 0,
    date: '2026-12-01',
    ...overrides,
  };
}

describe('firstReleaseAsWritten', () => {
  it('dates the section of a never-released version, and writes nothing else', () => {
    expect(firstReleaseAsWritten(input())).toEqual({
      asWritten: true,
      line: 3,
      writes: [
        {
          path: 'integrations/alpha/CHANGELOG.md',
          text: CHANGELOG.replace('## 0.1.0\n', '## 0.1.0 / 2026-12-01\n'),
        },
      ],
    });
  });

  it('writes nothing when the section is dated already', () => {
    const text = CHANGELOG.replace('## 0.1.0', '## 0.1.0 / 2026-11-02');
    expect(firstReleaseAsWritten(input({ changelog: { path: 'c.md', text } }))).toEqual({
      asWritten: true,
      line: 3,
      writes: [],
    });
  });

  it.each([
    ['a project released before', { releasedVersion: '0.0.9' }],
    ['a bump', { requested: 'minor' }],
    ['another version', { requested: '0.2.0' }],
    ['a version that is not a release version', { requested: '0.1' }],
  ])('leaves %s to the usual release', (_what, overrides: Partial<FirstReleaseInput>) => {
    expect(firstReleaseAsWritten(input(overrides))).toBeUndefined();
  });

  it('reads the requested version as PEP 440 does: 1.0.0-rc.1 is 1.0.0rc1', () => {
    const text = '# C\n\n## 1.0.0rc1\n\n* First.\n';
    const first = firstReleaseAsWritten(
      input({ current: '1.0.0rc1', requested: '1.0.0-rc.1', changelog: { path: 'c.md', text } }),
    );
    expect(first).toMatchObject({ asWritten: true, line: 3 });
  });

  it('refuses when CHANGELOG.md has no section for the version, or no file', () => {
    for (const text of ['# CHANGELOG - Alpha\n\n## 0.0.1\n\n* Older.\n', undefined]) {
      expect(firstReleaseAsWritten(input({ changelog: { path: 'integrations/alpha/CHANGELOG.md', text } }))).toEqual({
        asWritten: false,
        problem:
          'integrations/alpha/CHANGELOG.md has no section for 0.1.0, the version alpha would be first released as',
        hint: expect.stringContaining("add '## 0.1.0'"),
      });
    }
  });

  it('refuses when fragments or version plans describe changes the release would leave out', () => {
    expect(firstReleaseAsWritten(input({ pendingEntries: 2 }))).toMatchObject({
      asWritten: false,
      problem: expect.stringContaining('describes changes it would leave out'),
    });
  });
});

import { checkProjectRelease } from './check-project-release';
import type { ProjectReleaseInput } from './release-types';

const manifestV1 = (version: string) => `{\n  "name": "a",\n  "version": "${version}",\n  "type": "check"\n}\n`;
const fragment = (name: string, text = 'A change.') => ({ path: `integrations/a/changelog.d/${name}`, text });

/** An integration `a` at 0.1.0, released as a-0.1.0, with nothing changed since. */
function input(overrides: Partial<ProjectReleaseInput> = {}): ProjectReleaseInput {
  return {
    name: 'a',
    root: 'integrations/a',
    about: { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.1.0'\n" },
    manifest: { path: 'integrations/a/manifest.json', text: manifestV1('0.1.0') },
    fragments: [],
    releasedVersion: '0.1.0',
    changedSinceRelease: [],
    hasVersionPlan: false,
    ...overrides,
  };
}

describe('checkProjectRelease', () => {
  it('reads the version and the fragments of a project that may be released', () => {
    expect(checkProjectRelease(input({ fragments: [fragment('12.fixed', 'Fix the port.\n')] }))).toEqual({
      ok: true,
      version: '0.1.0',
      aboutLine: 1,
      fragments: [{ id: '12', type: 'fixed', text: 'Fix the port.', path: 'integrations/a/changelog.d/12.fixed' }],
    });
  });

  it.each<[string, Partial<ProjectReleaseInput>, string[]]>([
    [
      'a fragment of an unknown type, at its file',
      { fragments: [fragment('12.fix'), fragment('13.fixed', ' ')] },
      [
        "integrations/a/changelog.d/12.fix:1 changelog fragment '12.fix' has the unknown type 'fix'; expected one of removed, changed, security, deprecated, added, fixed",
        "integrations/a/changelog.d/13.fixed:1 changelog fragment '13.fixed' is empty; write the change as one sentence for the changelog",
      ],
    ],
    [
      'a version that is not PEP 440, at its line',
      { about: { path: 'integrations/a/datadog_checks/a/__about__.py', text: "# c\n__version__ = 'one'\n" } },
      [
        "integrations/a/datadog_checks/a/__about__.py:2 __version__ is 'one', not a release version: it is not a Python package version (PEP 440)",
      ],
    ],
    [
      'a version with two numbers',
      { about: { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.2'\n" } },
      [
        "integrations/a/datadog_checks/a/__about__.py:1 __version__ is '0.2', not a release version: it has 2 numbers instead of 3",
      ],
    ],
    [
      'a version behind the last release',
      { releasedVersion: '0.2.0', manifest: undefined },
      [
        'integrations/a/datadog_checks/a/__about__.py:1 __version__ is 0.1.0, behind the released a 0.2.0: versions never go backwards',
      ],
    ],
    [
      'a v1 manifest that disagrees',
      { manifest: { path: 'integrations/a/manifest.json', text: manifestV1('0.0.9') } },
      [`integrations/a/manifest.json:3 version is "0.0.9" but __about__.py says '0.1.0'`],
    ],
    [
      'no __about__.py',
      { about: undefined },
      ['integrations/a no datadog_checks/<module>/__about__.py: the version of a Python integration is read from it'],
    ],
    [
      'a change since the last release without a fragment',
      { changedSinceRelease: ['integrations/a/datadog_checks/a/check.py', 'integrations/a/tests/test_a.py'] },
      [
        'a missing changelog entry: integrations/a/datadog_checks/a/check.py changed since a 0.1.0 was released, but integrations/a/changelog.d/ has no fragment',
      ],
    ],
  ])('stops on %s', (_case, overrides, expected) => {
    const check = checkProjectRelease(input(overrides));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => `${p.file ?? p.project}${p.line ? `:${p.line}` : ''} ${p.message}`)).toEqual(
      expected,
    );
    for (const problem of check.problems) expect(problem.hint).toBeTruthy();
  });

  it.each<[string, Partial<ProjectReleaseInput>]>([
    [
      'only tests, CI and the changelog changed',
      {
        changedSinceRelease: ['integrations/a/tests/t.py', 'integrations/a/ci/env.yaml', 'integrations/a/CHANGELOG.md'],
      },
    ],
    ['a version plan describes the change', { changedSinceRelease: ['integrations/a/check.py'], hasVersionPlan: true }],
    ['it was never released', { releasedVersion: undefined, changedSinceRelease: undefined }],
    [
      'a v2 manifest carries no version',
      { manifest: { path: 'integrations/a/manifest.json', text: '{"manifest_version": "2.0.0"}' } },
    ],
  ])('lets a project through when %s', (_case, overrides) => {
    expect(checkProjectRelease(input(overrides)).ok).toBe(true);
  });
});

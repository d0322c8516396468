import { formatReleasePlan } from './format-release-plan';
import { planRelease, releaseCommitMessage } from './plan-release';
import type { IntegrationReleaseInput } from './release-types';

const DATE = '2024-05-01';
const manifestV1 = (version: string) => `{\n  "name": "a",\n  "version": "${version}",\n  "type": "check"\n}\n`;

/** An integration `a` at 0.1.0, released as a-0.1.0, with nothing changed since. */
function integration(overrides: Partial<IntegrationReleaseInput> = {}): IntegrationReleaseInput {
  return {
    name: 'a',
    root: 'integrations/a',
    about: { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.1.0'\n" },
    manifest: { path: 'integrations/a/manifest.json', text: manifestV1('0.1.0') },
    changelog: { path: 'integrations/a/CHANGELOG.md', text: '# CHANGELOG - A\n\n## 0.1.0\n\n* Initial release.\n' },
    fragments: [],
    tags: ['a-0.1.0'],
    changedSinceTag: [],
    ...overrides,
  };
}
const fragment = (name: string, text = 'A change.') => ({ path: `integrations/a/changelog.d/${name}`, text });

describe('planRelease: what is released', () => {
  it.each([
    ['a fixed fragment: patch', [fragment('1.fixed')], '0.1.1', 'patch'],
    ['added and fixed: minor', [fragment('1.fixed'), fragment('metric.added')], '0.2.0', 'minor'],
    ['security: minor', [fragment('2.security')], '0.2.0', 'minor'],
    ['deprecated: minor', [fragment('2.deprecated')], '0.2.0', 'minor'],
    ['changed: major', [fragment('2.changed'), fragment('3.added')], '1.0.0', 'major'],
    ['removed: major', [fragment('2.removed')], '1.0.0', 'major'],
  ])('%s', (_case, fragments, version, bump) => {
    const plan = planRelease([integration({ fragments, changedSinceTag: fragments.map((f) => f.path) })], {
      date: DATE,
    });
    expect(plan.problems).toEqual([]);
    expect(plan.releases).toMatchObject([
      { project: 'a', kind: 'bump', previous: '0.1.0', version, bump, tag: `a-${version}` },
    ]);
  });

  it('writes __about__.py, the v1 manifest and CHANGELOG.md, and deletes the fragments', () => {
    const [release] = planRelease([integration({ fragments: [fragment('12.fixed', 'Fix the port.')] })], {
      date: DATE,
    }).releases;
    expect(release.writes).toEqual([
      { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.1.1'\n" },
      {
        path: 'integrations/a/CHANGELOG.md',
        text: '# CHANGELOG - A\n\n## 0.1.1 / 2024-05-01\n\n***Fixed***:\n\n* Fix the port. (#12)\n\n## 0.1.0\n\n* Initial release.\n',
      },
      { path: 'integrations/a/manifest.json', text: manifestV1('0.1.1') },
    ]);
    expect(release.deletes).toEqual(['integrations/a/changelog.d/12.fixed']);
  });

  it('leaves a v2 manifest alone', () => {
    const manifest = { path: 'integrations/a/manifest.json', text: '{"manifest_version": "2.0.0"}' };
    const [release] = planRelease([integration({ manifest, fragments: [fragment('1.fixed')] })], {
      date: DATE,
    }).releases;
    expect(release.writes.map((w) => w.path)).not.toContain('integrations/a/manifest.json');
  });

  it.each([
    ['major', '1.0.0'],
    ['patch', '0.1.1'],
    ['0.3.0', '0.3.0'],
    ['0.3.0rc1', '0.3.0rc1'],
    ['0.3.0-rc.1', '0.3.0-rc.1'],
  ])('--bump=%s overrides the fragments: %s', (bump, version) => {
    const plan = planRelease([integration({ fragments: [fragment('1.added')] })], { date: DATE, bump });
    expect(plan.releases[0].version).toBe(version);
  });

  it('bumps a never-released integration that has fragments from its current version', () => {
    const plan = planRelease(
      [integration({ tags: [], changedSinceTag: undefined, fragments: [fragment('1.fixed')] })],
      { date: DATE },
    );
    expect(plan.releases).toMatchObject([{ kind: 'bump', previous: undefined, current: '0.1.0', version: '0.1.1' }]);
    expect(formatReleasePlan(plan)).toMatch(/^a: 0\.1\.0 -> 0\.1\.1 \(patch bump\), tag a-0\.1\.1\n/);
  });

  it('tags a never-released integration at its version, without writing', () => {
    const plan = planRelease([integration({ tags: [], changedSinceTag: undefined })], { date: DATE });
    expect(plan.releases).toMatchObject([{ kind: 'first', version: '0.1.0', tag: 'a-0.1.0', writes: [], deletes: [] }]);
  });

  it('releases the final version after a pre-release', () => {
    const about = { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.2.0-rc.1'\n" };
    const plan = planRelease(
      [
        integration({
          about,
          manifest: undefined,
          tags: ['a-0.1.0', 'a-0.2.0-rc.1'],
          fragments: [fragment('1.fixed')],
        }),
      ],
      { date: DATE },
    );
    expect(plan.releases).toMatchObject([{ kind: 'bump', previous: '0.2.0-rc.1', version: '0.2.0', tag: 'a-0.2.0' }]);
  });

  it('tags a version raised by hand when CHANGELOG.md has its section', () => {
    const about = { path: 'integrations/a/datadog_checks/a/__about__.py', text: "__version__ = '0.2.0'\n" };
    const changelog = { path: 'integrations/a/CHANGELOG.md', text: '# C\n\n## 0.2.0\n\n* Things.\n' };
    const plan = planRelease([integration({ about, changelog, manifest: undefined })], { date: DATE });
    expect(plan.releases).toMatchObject([{ kind: 'manual', previous: '0.1.0', version: '0.2.0', tag: 'a-0.2.0' }]);
  });

  it.each([
    [[], 'no changes since a-0.1.0'],
    [
      ['integrations/a/tests/test_a.py', 'integrations/a/ci/env.yaml', 'integrations/a/CHANGELOG.md'],
      'only tests, CI or changelog files changed since a-0.1.0',
    ],
  ])('leaves an integration alone when %j changed', (changedSinceTag, reason) => {
    expect(planRelease([integration({ changedSinceTag })], { date: DATE })).toEqual({
      releases: [],
      unchanged: [{ project: 'a', reason }],
      problems: [],
    });
  });
});

describe('planRelease: bad input stops everything', () => {
  const problemsOf = (overrides: Partial<IntegrationReleaseInput>, bump?: string) =>
    planRelease([integration(overrides)], { date: DATE, bump }).problems.map(
      (p) => `${p.file ?? p.project}${p.line ? `:${p.line}` : ''}: ${p.message}`,
    );

  it.each<[string, Partial<IntegrationReleaseInput>, string | undefined, string]>([
    [
      'a __version__ that is not a release version',
      { about: { path: 'ab.py', text: "# x\n__version__ = '1.0'\n" }, manifest: undefined },
      undefined,
      "ab.py:2: __version__ is '1.0', not a release version: it has 2 numbers instead of 3",
    ],
    [
      'a version behind the last tag',
      { about: { path: 'ab.py', text: "__version__ = '0.0.9'\n" }, manifest: undefined },
      undefined,
      'ab.py:1: __version__ is 0.0.9, behind the released a-0.1.0: versions never go backwards',
    ],
    [
      'an explicit version that goes backwards',
      { fragments: [fragment('1.fixed')] },
      '0.0.5',
      'a: --bump=0.0.5 does not come after the current version 0.1.0: versions never go backwards',
    ],
    [
      'an explicit version that is not a release version',
      { fragments: [fragment('1.fixed')] },
      'next',
      'a: --bump=next is neither major, minor, patch nor a release version: it is not a Python package version (PEP 440)',
    ],
    [
      'an explicit post-release',
      { fragments: [fragment('1.fixed')] },
      '0.2.0.post1',
      'a: --bump=0.2.0.post1 is neither major, minor, patch nor a release version: it is a post-release',
    ],
    [
      'a manifest that disagrees',
      { manifest: { path: 'm.json', text: manifestV1('0.2.0') } },
      undefined,
      'm.json:3: version is "0.2.0" but __about__.py says \'0.1.0\'',
    ],
    [
      'a changed check without a fragment',
      { changedSinceTag: ['integrations/a/datadog_checks/a/check.py', 'integrations/a/tests/test_a.py'] },
      undefined,
      'a: missing changelog entry: integrations/a/datadog_checks/a/check.py changed since a-0.1.0, but integrations/a/changelog.d/ has no fragment',
    ],
    [
      'a first release without a CHANGELOG.md section',
      { tags: [], changedSinceTag: undefined, changelog: { path: 'C.md', text: undefined } },
      undefined,
      'C.md: missing changelog entry: 0.1.0 is not released yet and neither CHANGELOG.md has a "## 0.1.0" section nor changelog.d/ a fragment',
    ],
    [
      'a fragment of an unknown type',
      { fragments: [fragment('1.fix')] },
      undefined,
      "integrations/a/changelog.d/1.fix: changelog fragment '1.fix' has the unknown type 'fix'; expected one of removed, changed, security, deprecated, added, fixed",
    ],
    [
      'a version behind a newer tag',
      { tags: ['a-0.1.0', 'a-0.1.1'], fragments: [fragment('1.fixed')] },
      undefined,
      'integrations/a/datadog_checks/a/__about__.py:1: __version__ is 0.1.0, behind the released a-0.1.1: versions never go backwards',
    ],
    [
      'no __about__.py',
      { about: undefined },
      undefined,
      'integrations/a/datadog_checks/a/__about__.py: no __about__.py: the version of an integration is read from it',
    ],
  ])('%s', (_case, overrides, bump, expected) => {
    expect(problemsOf(overrides, bump)).toEqual([expected]);
  });

  it('collects the problems of every integration instead of stopping at the first', () => {
    const b = integration({
      name: 'b',
      root: 'integrations/b',
      tags: ['b-0.1.0'],
      changedSinceTag: ['integrations/b/README.md'],
    });
    const bad = integration({ about: { path: 'ab.py', text: "__version__ = 'x'\n" }, fragments: [fragment('1.fix')] });
    const plan = planRelease(
      [b, bad, integration({ name: 'c', root: 'integrations/c', tags: [], changedSinceTag: undefined })],
      { date: DATE },
    );
    expect(plan.problems.map((p) => p.project)).toEqual(['a', 'a', 'b']);
    expect(formatReleasePlan(plan)).toMatch(/^The release stopped before changing anything: 3 problems\./);
  });
});

describe('formatReleasePlan and the commit message', () => {
  it('shows versions, files, the changelog entry, the commit and the tags', () => {
    const plan = planRelease([integration({ fragments: [fragment('7.added', 'Add a metric.')] })], { date: DATE });
    expect(formatReleasePlan(plan)).toBe(
      [
        'a: 0.1.0 -> 0.2.0 (minor bump), tag a-0.2.0',
        '  update integrations/a/datadog_checks/a/__about__.py',
        '  update integrations/a/CHANGELOG.md',
        '  update integrations/a/manifest.json',
        '  delete integrations/a/changelog.d/7.added',
        '',
        '    ## 0.2.0 / 2024-05-01',
        '',
        '    ***Added***:',
        '',
        '    * Add a metric. (#7)',
        '',
        '',
        'Commit: Release a 0.2.0',
        'Tags: a-0.2.0',
        '',
      ].join('\n'),
    );
    expect(releaseCommitMessage(plan.releases)).toBe('Release a 0.2.0\n\n- a-0.2.0 (from 0.1.0)\n');
  });
});

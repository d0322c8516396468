import { runRule } from '../lint/__fixtures__/run-rule';
import { packageVersionRule } from '../lint/rules/package/version-agreement';
import { checkProjectRelease } from '../release/check-project-release';

const VERSIONS = [
  ['0.1.0', 'a release'],
  ['1.2.3rc1', 'a pre-release in PEP 440 form'],
  ['1.2.3-rc.1', 'a pre-release as ddev writes it'],
  ['2.0.0-beta.2', 'a beta as ddev writes it'],
  ['1.2', 'two numbers'],
  ['1.2.3+build.5', 'a local part'],
  ['01.2.3', 'a leading zero'],
  ['v1.2.3', 'a v prefix'],
  ['1.2.3.post1', 'a post-release'],
  ['1.2.3.dev0', 'a development release'],
  ['banana', 'no version at all'],
];

/** True when `nx release` refuses an integration whose __about__.py carries this version. */
function releaseRefuses(version: string): boolean {
  const check = checkProjectRelease({
    name: 'foo',
    root: 'integrations/foo',
    about: { path: 'integrations/foo/datadog_checks/foo/__about__.py', text: `__version__ = '${version}'\n` },
    manifest: undefined,
    fragments: [{ path: 'integrations/foo/changelog.d/1.added', text: 'A change.\n' }],
    releasedVersion: undefined,
    changedSinceRelease: undefined,
    hasVersionPlan: false,
  });
  return !check.ok;
}

describe('lint and release apply one rule to __version__', () => {
  it.each(VERSIONS)('%s (%s)', (version) => {
    const lintReports = runRule(packageVersionRule, {
      'datadog_checks/foo/__about__.py': `__version__ = '${version}'\n`,
    });
    expect(lintReports.length > 0).toBe(releaseRefuses(version));
  });
});

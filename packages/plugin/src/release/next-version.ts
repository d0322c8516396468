import { RELEASE_VERSION_FORM, releaseVersionProblem } from '../versions/release-version';
import { bumpVersion, compareVersions, isBump } from '../versions/version';

/** The version a release writes, or why the requested one cannot be. */
export type NextVersion = { version: string } | { problem: string; hint: string };

/**
 * The next version from what `nx release` asks for: a bump (`major`, `minor`, `patch`: from the
 * fragments, a version plan, a dependency or the command line) applied as PEP 440 says, or an
 * exact release version given on the command line, which must come after the current one.
 * Nx's semver pre-release bumps (`premajor`, `prerelease`, ...) have no PEP 440 equivalent here:
 * a pre-release is asked for by its exact version.
 */
export function nextVersion(current: string, requested: string): NextVersion {
  if (isBump(requested)) return { version: bumpVersion(current, requested) };
  if (/^pre(major|minor|patch|release)$/.test(requested)) {
    return {
      problem: `'${requested}' is a semver pre-release bump, which a Python version does not have`,
      hint: `ask for the exact pre-release version instead, e.g. nx release ${bumpVersion(current, 'minor')}rc1`,
    };
  }
  const invalid = releaseVersionProblem(requested);
  if (invalid) {
    return {
      problem: `'${requested}' is neither major, minor, patch nor a release version: it ${invalid}`,
      hint: `nx release minor, or a release version (${RELEASE_VERSION_FORM})`,
    };
  }
  if (compareVersions(requested, current) <= 0) {
    return {
      problem: `${requested} does not come after the current version ${current}: versions never go backwards`,
      hint: `ask for a version after ${current}`,
    };
  }
  return { version: requested };
}

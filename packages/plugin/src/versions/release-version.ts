import { parseVersion, type PreLabel, type Version } from './version';

/**
 * What a release version is, the one rule that lint and the release generator both apply.
 *
 * Datadog releases integrations as MAJOR.MINOR.PATCH, and `ddev release make --version rc` (also
 * `alpha`, `beta`) writes a pre-release such as `1.2.3-rc.1` into `__about__.py`. Both are PEP 440
 * versions, so a release version is a PEP 440 version with three release numbers and at most a
 * pre-release, spelled either in PEP 440's normal form (`1.2.3rc1`) or as ddev writes it
 * (`1.2.3-rc.1`): no epoch, post-release, development release or local part, and no other spelling
 * (`v1.2.3`, `01.2.3`), since the version is also the name of its git tag and changelog section.
 */
export const RELEASE_VERSION_FORM = 'MAJOR.MINOR.PATCH, with an optional pre-release: 1.2.3, 1.2.3rc1 or 1.2.3-rc.1';

const DDEV_LABELS: Record<PreLabel, string> = { a: 'alpha', b: 'beta', rc: 'rc' };

/** The two accepted spellings of a version's release and pre-release parts. */
function spellings(version: Version): [normal: string, ddev: string] {
  const release = version.release.join('.');
  if (!version.pre) return [release, release];
  const [label, number] = version.pre;
  return [`${release}${label}${number}`, `${release}-${DDEV_LABELS[label]}.${number}`];
}

/** Why a text is not a release version (a phrase that follows "it"), or `undefined` when it is one. */
export function releaseVersionProblem(text: string): string | undefined {
  const version = parseVersion(text);
  if (!version) return 'is not a Python package version (PEP 440)';
  if (version.release.length !== 3) return `has ${version.release.length} numbers instead of 3`;
  if (version.epoch !== 0) return `has an epoch (${version.epoch}!)`;
  if (version.post !== undefined) return 'is a post-release';
  if (version.dev !== undefined) return 'is a development release';
  if (version.local !== undefined) return `has a local part (+${version.local})`;
  const [normal, ddev] = spellings(version);
  if (text !== normal && text !== ddev)
    return `is spelled unusually: write ${normal === ddev ? normal : `${normal} or ${ddev}`}`;
  return undefined;
}

/**
 * A release version as semver spells it (`1.2.3rc1` → `1.2.3-rc.1`, ddev's spelling, which is
 * also valid semver), for tools that read versions as semver; undefined for other versions.
 */
export function semverSpelling(text: string): string | undefined {
  const version = parseVersion(text);
  return version && releaseVersionProblem(text) === undefined ? spellings(version)[1] : undefined;
}

/** True for a release version: 1.2.3, 1.2.3rc1, 1.2.3-rc.1 (see RELEASE_VERSION_FORM). */
export function isReleaseVersion(text: string): boolean {
  return releaseVersionProblem(text) === undefined;
}

import { isReleaseVersion } from '../versions/release-version';
import { compareVersions } from '../versions/version';

/** Datadog's tag of a release, `<integration>-<version>`, as Nx's `releaseTag.pattern`. */
export const RELEASE_TAG_PATTERN = '{projectName}-{version}';

/** A release tag from Nx's pattern: `{projectName}` and `{version}` filled in. */
export function formatReleaseTag(project: string, version: string, pattern = RELEASE_TAG_PATTERN): string {
  return pattern.replaceAll('{projectName}', project).replaceAll('{version}', version);
}

/** The part of the pattern before `{version}` for a project: what its tags start with. */
export function releaseTagPrefix(project: string, pattern = RELEASE_TAG_PATTERN): string {
  return formatReleaseTag(project, '\0', pattern).split('\0')[0];
}

/**
 * The newest released version among tags, in PEP 440 order, looking only at tags of the pattern
 * whose version is a release version (integration names have no `-`, so `a-1.0.0` never counts
 * for `a_b`).
 */
export function latestReleasedVersion(
  project: string,
  tags: readonly string[],
  pattern = RELEASE_TAG_PATTERN,
): string | undefined {
  const [prefix, suffix] = formatReleaseTag(project, '\0', pattern).split('\0');
  return tags
    .filter((t) => t.startsWith(prefix) && t.endsWith(suffix) && t.length > prefix.length + suffix.length)
    .map((t) => t.slice(prefix.length, t.length - suffix.length))
    .filter(isReleaseVersion)
    .reduce<string | undefined>((max, v) => (max === undefined || compareVersions(v, max) > 0 ? v : max), undefined);
}

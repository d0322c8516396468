import { isReleaseVersion } from '../versions/release-version';
import { compareVersions } from '../versions/version';

/** The git tag of an integration's release: `<integration>-<version>`, as Datadog tags them. */
export function formatReleaseTag(integration: string, version: string): string {
  return `${integration}-${version}`;
}

/**
 * The newest released version among tags, looking only at `<integration>-<release version>`
 * (integration names have no `-`, so `a-1.0.0` never matches the tags of `a_b`), in PEP 440 order.
 */
export function latestReleasedVersion(integration: string, tags: readonly string[]): string | undefined {
  const prefix = `${integration}-`;
  return tags
    .filter((t) => t.startsWith(prefix))
    .map((t) => t.slice(prefix.length))
    .filter(isReleaseVersion)
    .reduce<string | undefined>((max, v) => (max === undefined || compareVersions(v, max) > 0 ? v : max), undefined);
}

import { compareSemver, parseSemver, type Semver } from './semver';

/** The git tag of an integration's release: `<integration>-<version>`, as Datadog tags them. */
export function formatReleaseTag(integration: string, version: string): string {
  return `${integration}-${version}`;
}

/**
 * The newest released version among tags, looking only at `<integration>-X.Y.Z` (integration
 * names have no `-`, so `a-1.0.0` never matches the tags of `a_b`).
 */
export function latestReleasedVersion(integration: string, tags: readonly string[]): Semver | undefined {
  const prefix = `${integration}-`;
  return tags
    .filter((t) => t.startsWith(prefix))
    .map((t) => parseSemver(t.slice(prefix.length)))
    .filter((v): v is Semver => v !== undefined)
    .reduce<Semver | undefined>((max, v) => (max === undefined || compareSemver(v, max) > 0 ? v : max), undefined);
}

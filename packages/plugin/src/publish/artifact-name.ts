import { normaliseDistributionName } from '../python/parse-requirements';

/** What a wheel's or an sdist's file name says: the distribution and the version it holds. */
export interface ArtifactName {
  kind: 'wheel' | 'sdist';
  /** Normalised as PEP 503 says (`datadog_redis` → `datadog-redis`). */
  distribution: string;
  version: string;
}

/**
 * Reads a distribution file's name: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`
 * (the wheel spec) or `{name}-{version}.tar.gz` (the sdist spec); undefined for anything else.
 */
export function parseArtifactName(fileName: string): ArtifactName | undefined {
  if (fileName.endsWith('.whl')) {
    const parts = fileName.slice(0, -'.whl'.length).split('-');
    if (parts.length < 5 || parts.length > 6) return undefined;
    return { kind: 'wheel', distribution: normaliseDistributionName(parts[0]), version: parts[1] };
  }
  if (fileName.endsWith('.tar.gz')) {
    const stem = fileName.slice(0, -'.tar.gz'.length);
    const at = stem.lastIndexOf('-');
    if (at <= 0 || at === stem.length - 1) return undefined;
    return { kind: 'sdist', distribution: normaliseDistributionName(stem.slice(0, at)), version: stem.slice(at + 1) };
  }
  return undefined;
}

/** ddev's `VERSION` pattern (datadog_checks.dev.tooling.utils), applied to `__about__.py`. */
const VERSION = /__version__ *= *['"](.+?)['"]/;

/**
 * The version `ddev validate config` gives the spec (`get_version_string(check)`): the first
 * `__version__ = '...'` of `datadog_checks/<module>/__about__.py`, or none. A spec without a
 * top-level `version` then takes it; without either, the spec is refused.
 */
export function versionString(about: string | undefined): string | null {
  return (about === undefined ? null : VERSION.exec(about)?.[1]) ?? null;
}

import { parse } from 'smol-toml';
import type { IntegrationSource } from '../integration-source';

/** A value of `.ddev/config.toml` by its path (`['overrides', 'validate', 'http', 'exclude']`), as ddev's `RepositoryConfig.get` reads it. */
function configValue(source: IntegrationSource, path: readonly string[]): unknown {
  const text = source.repository?.ddevConfig?.text;
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return undefined;
  }
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** True when `.ddev/config.toml` lists the integration under `[overrides.validate.<validation>] exclude`. */
export function isExcludedFrom(source: IntegrationSource, validation: string): boolean {
  const excluded = configValue(source, ['overrides', 'validate', validation, 'exclude']);
  return Array.isArray(excluded) && excluded.includes(source.name);
}

/**
 * ddev's `Integration.is_integration`: a folder with a manifest.json, or one that
 * `[overrides.is-integration]` of `.ddev/config.toml` does not set to false.
 */
export function isDdevIntegration(source: IntegrationSource): boolean {
  if ('manifest.json' in source.files || (source.paths ?? []).includes('manifest.json')) return true;
  const override = configValue(source, ['overrides', 'is-integration', source.name]);
  return override === undefined || Boolean(override);
}

import { createHash } from 'node:crypto';
import type { EnvFile } from '../environments/env-file';

/** Drops `line` fields: moving a section must not change what a flavor runs against. */
function withoutLines(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLines);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'line')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, withoutLines(v)]),
    );
  }
  return value;
}

/**
 * A digest of everything in ci/env.yaml that one flavor's test run depends on: its own
 * variables, the services and the before_script. Another flavor's variables are not part of it,
 * so editing one flavor re-runs that flavor only.
 */
export function flavorDigest(envFile: EnvFile, flavor: string): string {
  const spec = envFile.flavors.find((f) => f.name === flavor);
  const relevant = { flavor, variables: spec?.variables ?? {}, services: envFile.services, beforeScript: envFile.beforeScript };
  return createHash('sha256').update(JSON.stringify(withoutLines(relevant))).digest('hex').slice(0, 16);
}

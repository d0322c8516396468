import type { PackageExecutorSchema } from '../schema';

export interface NormalizedPackageOptions {
  builder: 'auto' | 'uv' | 'build';
  python: string;
}

/** Defaults of the package executor; schema.json states the same values (a test checks it). */
export const PACKAGE_DEFAULTS = { builder: 'auto' as const };

/** Fills every package option; the environment is read here and nowhere else. */
export function normalizePackageOptions(
  options: PackageExecutorSchema,
  env: Record<string, string | undefined>,
): NormalizedPackageOptions {
  return {
    builder: options.builder ?? PACKAGE_DEFAULTS.builder,
    python: options.python || env.DD_PYTHON || 'python3',
  };
}

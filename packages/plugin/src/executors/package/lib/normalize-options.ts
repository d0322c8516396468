import type { PackageExecutorSchema } from '../schema';

export interface NormalizedPackageOptions {
  builder: 'auto' | 'uv' | 'build';
  python: string;
  /** `DD_UV`: a uv executable to use instead of the workspace's own. */
  uv?: string;
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
    ...(env.DD_UV ? { uv: env.DD_UV } : {}),
  };
}

import type { SetupExecutorSchema } from '../schema';

export interface NormalizedSetupOptions {
  python: string;
  installer: 'auto' | 'uv' | 'pip';
  force: boolean;
}

/** Fills every setup option; the environment is read here and nowhere else. */
export function normalizeSetupOptions(
  options: SetupExecutorSchema,
  env: Record<string, string | undefined>,
): NormalizedSetupOptions {
  return {
    python: options.python || env.DD_PYTHON || 'python3',
    installer: options.installer ?? 'auto',
    force: options.force ?? false,
  };
}

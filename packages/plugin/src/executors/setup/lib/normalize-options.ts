import type { SetupExecutorSchema } from '../schema';

export interface NormalizedSetupOptions {
  python: string;
  installer: 'auto' | 'uv' | 'pip';
  force: boolean;
  /** `DD_UV`: a uv executable to use instead of the workspace's own. */
  uv?: string;
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
    ...(env.DD_UV ? { uv: env.DD_UV } : {}),
  };
}

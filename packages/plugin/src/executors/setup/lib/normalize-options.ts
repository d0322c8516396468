import { PLUGIN_DEFAULTS } from '../../../plugins/plugin-options';
import type { SetupExecutorSchema } from '../schema';

export interface NormalizedSetupOptions {
  /** `--python` or DD_PYTHON: the interpreter to use whatever the integration declares. */
  pythonOverride?: string;
  /** The Agent's Python (`agentPython` of the plugin options). */
  agentPython: string;
  installer: 'auto' | 'uv' | 'pip';
  force: boolean;
  /** `DD_UV`: a uv executable to use instead of the workspace's own. */
  uv?: string;
}

/** Fills every setup option; the virtualenv is read here and nowhere else. */
export function normalizeSetupOptions(
  options: SetupExecutorSchema,
  env: Record<string, string | undefined>,
): NormalizedSetupOptions {
  const override = options.python || env.DD_PYTHON;
  return {
    ...(override ? { pythonOverride: override } : {}),
    agentPython: options.agentPython || PLUGIN_DEFAULTS.agentPython,
    installer: options.installer ?? 'auto',
    force: options.force ?? false,
    ...(env.DD_UV ? { uv: env.DD_UV } : {}),
  };
}

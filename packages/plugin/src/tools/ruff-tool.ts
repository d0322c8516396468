import type { WorkspaceTool } from './workspace-tool';

/**
 * The ruff that lints every integration: the version ddev 20.1 pins (`ruff==0.11.10` in the lint
 * environment of its hatch plugin), so that `nx lint` finds what Datadog's CI finds.
 */
export const RUFF_VERSION = '0.11.10';

/** ruff as a workspace tool: `.dd/tools/ruff-<version>/bin/ruff`. */
export const RUFF_TOOL: WorkspaceTool = { name: 'ruff', version: RUFF_VERSION };

/**
 * The settings file, shipped at the plugin's root, for integrations that configure no ruff:
 * integrations-extras' own `[tool.ruff]` settings, in ruff.toml syntax.
 */
export const RUFF_BASELINE_FILE = 'ruff-baseline.toml';

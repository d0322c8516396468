import type { WorkspaceTool } from './workspace-tool';

/** The uv the plugin installs into a workspace when none is configured: one version everywhere. */
export const UV_VERSION = '0.13.9';

/** uv as a workspace tool: `.dd/tools/uv-<version>/bin/uv`. */
export const UV_TOOL: WorkspaceTool = { name: 'uv', version: UV_VERSION };

import { join } from 'node:path';
import type { ProcessCommand } from '../adapters/run-process';

/** The uv the plugin installs into a workspace when none is configured: one version everywhere. */
export const UV_VERSION = '0.13.9';

/** Where the plugin keeps the Python tools it installs for a workspace (ignored by git). */
export function workspaceToolsDir(workspaceRoot: string): string {
  return join(workspaceRoot, '.dd', 'tools');
}

export interface UvToolLayout {
  /** The folder pip installs the uv wheel into. */
  dir: string;
  /** The uv executable inside it. */
  binary: string;
}

/** Where a workspace's pinned uv lives. */
export function uvToolLayout(workspaceRoot: string, platform: NodeJS.Platform, version = UV_VERSION): UvToolLayout {
  const dir = join(workspaceToolsDir(workspaceRoot), `uv-${version}`);
  return { dir, binary: platform === 'win32' ? join(dir, 'bin', 'uv.exe') : join(dir, 'bin', 'uv') };
}

/**
 * Installs the uv wheel from the package index into `targetDir` with the interpreter's own pip:
 * no virtualenv and nothing outside that folder (the wheel carries the binary in `bin/`).
 */
export function uvInstallCommand(python: string, targetDir: string, version = UV_VERSION): ProcessCommand {
  return {
    file: python,
    args: [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-warn-script-location',
      '--no-deps',
      '--target',
      targetDir,
      `uv==${version}`,
    ],
    env: { PIP_ROOT_USER_ACTION: 'ignore', PIP_NO_INPUT: '1' },
  };
}

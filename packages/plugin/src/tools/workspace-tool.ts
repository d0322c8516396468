import { join } from 'node:path';
import type { ProcessCommand } from '../adapters/run-process';

/**
 * A command-line tool that the plugin installs into a workspace from its wheel on the package
 * index, at one pinned version (uv, ruff): the same binary for every task and every developer.
 */
export interface WorkspaceTool {
  /** The distribution on the package index, which is also the executable's name. */
  name: string;
  version: string;
}

/** Where the plugin keeps the tools it installs for a workspace (ignored by git). */
export function workspaceToolsDir(workspaceRoot: string): string {
  return join(workspaceRoot, '.dd', 'tools');
}

export interface WorkspaceToolLayout {
  /** The folder pip installs the wheel into: `.dd/tools/<name>-<version>`. */
  dir: string;
  /** The executable inside it (the wheel carries it in `bin/`). */
  binary: string;
  /** The folder whose creation makes one task the installer while the others wait. */
  lock: string;
  /** The prefix of the scratch folder an install goes to before it is renamed into `dir`. */
  scratchPrefix: string;
}

/** Where a workspace's pinned tool lives, and the names its install uses next to it. */
export function workspaceToolLayout(workspaceRoot: string, tool: WorkspaceTool, platform: NodeJS.Platform): WorkspaceToolLayout {
  const tools = workspaceToolsDir(workspaceRoot);
  const id = `${tool.name}-${tool.version}`;
  const dir = join(tools, id);
  return {
    dir,
    binary: join(dir, 'bin', platform === 'win32' ? `${tool.name}.exe` : tool.name),
    lock: join(tools, `.${id}.lock`),
    scratchPrefix: join(tools, `.${id}-`),
  };
}

/**
 * Installs the tool's wheel from the package index into `targetDir` with the interpreter's own
 * pip: no virtualenv and nothing outside that folder.
 */
export function workspaceToolInstallCommand(python: string, targetDir: string, tool: WorkspaceTool): ProcessCommand {
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
      `${tool.name}==${tool.version}`,
    ],
    env: { PIP_ROOT_USER_ACTION: 'ignore', PIP_NO_INPUT: '1' },
  };
}

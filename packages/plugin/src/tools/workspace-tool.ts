import { join } from 'node:path';
import type { ProcessCommand } from '../commands/process-command';

/**
 * A tool that the plugin installs into a workspace from its wheel on the package index, at one
 * pinned version: a command-line tool (uv, ruff), the same binary for every task and every
 * developer, or a Python library that the plugin's own scripts import from that folder
 * (datadog-checks-dev).
 */
export interface WorkspaceTool {
  /** The distribution on the package index, which is also the executable's name. */
  name: string;
  version: string;
  /** Other pinned distributions installed into the same folder (what a library needs to import). */
  alongside?: readonly string[];
  /**
   * For a library, which has no executable: the file, relative to the tool's folder, whose
   * presence says the install is complete.
   */
  libraryFile?: string;
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
  /** The file whose presence says the install is complete: the executable, or a library's file. */
  ready: string;
  /** The folder whose creation makes one task the installer while the others wait. */
  lock: string;
  /** The prefix of the scratch folder an install goes to before it is renamed into `dir`. */
  scratchPrefix: string;
}

/** Where a workspace's pinned tool lives, and the names its install uses next to it. */
export function workspaceToolLayout(
  workspaceRoot: string,
  tool: WorkspaceTool,
  platform: NodeJS.Platform,
): WorkspaceToolLayout {
  const tools = workspaceToolsDir(workspaceRoot);
  const id = `${tool.name}-${tool.version}`;
  const dir = join(tools, id);
  const binary = join(dir, 'bin', platform === 'win32' ? `${tool.name}.exe` : tool.name);
  return {
    dir,
    binary,
    ready: tool.libraryFile ? join(dir, ...tool.libraryFile.split('/')) : binary,
    lock: join(tools, `.${id}.lock`),
    scratchPrefix: join(tools, `.${id}-`),
  };
}

/**
 * Installs the tool's wheel (and the pinned ones it names alongside) from the package index into
 * `targetDir` with the interpreter's own pip, without dependencies: no virtualenv and nothing
 * outside that folder.
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
      ...(tool.alongside ?? []),
    ],
    env: { PIP_ROOT_USER_ACTION: 'ignore', PIP_NO_INPUT: '1' },
  };
}

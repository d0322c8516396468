import { lastLine } from '../commands/last-line';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import {
  workspaceToolInstallCommand,
  workspaceToolLayout,
  workspaceToolsDir,
  type WorkspaceTool,
  type WorkspaceToolLayout,
} from '../tools/workspace-tool';
import { whileLocked } from './folder-lock';
import { runProcess } from './run-process';

export interface EnsureWorkspaceToolInput {
  workspaceRoot: string;
  tool: WorkspaceTool;
  /** The interpreter whose pip installs the tool when the workspace has none yet. */
  python: string;
  log(line: string): void;
}

/** The tool's executable, or why it could not be installed (no pip, no package index). */
export type EnsuredTool = { binary: string } | { problem: string };

/** Whether `file [prefixArgs] --version` runs and exits 0. */
export async function executableRuns(file: string, prefixArgs: readonly string[] = []): Promise<boolean> {
  return runProcess({ file, args: [...prefixArgs, '--version'], timeoutMs: 30_000 })
    .then((result) => result.exitCode === 0)
    .catch(() => false);
}

/**
 * The workspace's pinned tool, installed into `.dd/tools/<name>-<version>` on first use, once:
 * parallel tasks wait for the first one's install, which goes to a scratch folder renamed into
 * place, so nobody sees half a tool.
 */
export async function ensureWorkspaceTool(input: EnsureWorkspaceToolInput): Promise<EnsuredTool> {
  const layout = workspaceToolLayout(input.workspaceRoot, input.tool, process.platform);
  if (existsSync(layout.binary) && (await executableRuns(layout.binary))) return { binary: layout.binary };
  const problem = await install(input, layout);
  return problem ? { problem } : { binary: layout.binary };
}

/** A library's folder, to put on PYTHONPATH, or why it could not be installed. */
export type EnsuredLibrary = { dir: string } | { problem: string };

/**
 * The workspace's pinned Python library (a tool with a `libraryFile`), installed as a tool is:
 * into `.dd/tools/<name>-<version>` on first use, once, through a scratch folder.
 */
export async function ensureWorkspaceLibrary(input: EnsureWorkspaceToolInput): Promise<EnsuredLibrary> {
  const layout = workspaceToolLayout(input.workspaceRoot, input.tool, process.platform);
  if (existsSync(layout.ready)) return { dir: layout.dir };
  const problem = await install(input, layout);
  return problem ? { problem } : { dir: layout.dir };
}

async function install(input: EnsureWorkspaceToolInput, layout: WorkspaceToolLayout): Promise<string | undefined> {
  mkdirSync(workspaceToolsDir(input.workspaceRoot), { recursive: true });
  try {
    return await whileLocked(
      layout.lock,
      () => existsSync(layout.ready),
      () => installInto(input, layout.dir, layout.scratchPrefix),
      undefined,
    );
  } catch (error) {
    return `${installer(input)} could not install ${input.tool.name} ${input.tool.version}: ${(error as Error).message.split('\n')[0]}`;
  }
}

function installer(input: EnsureWorkspaceToolInput): string {
  return `${input.python} -m pip`;
}

async function installInto(
  input: EnsureWorkspaceToolInput,
  dir: string,
  scratchPrefix: string,
): Promise<string | undefined> {
  const { name, version } = input.tool;
  const scratch = mkdtempSync(scratchPrefix);
  const started = Date.now();
  try {
    const result = await runProcess({
      ...workspaceToolInstallCommand(input.python, scratch, input.tool),
      timeoutMs: 5 * 60_000,
    });
    if (result.exitCode !== 0)
      return `${installer(input)} could not install ${name} ${version}: ${lastLine(result.stderr)}`;
    rmSync(dir, { recursive: true, force: true }); // what an interrupted install left, incomplete
    renameSync(scratch, dir);
    const where = relative(input.workspaceRoot, dir);
    input.log(
      `Installed ${name} ${version} from the package index into ${where} (${((Date.now() - started) / 1000).toFixed(1)} s); delete that folder to remove it.`,
    );
    return undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
export { findGo } from '../../../../test-requirements';
import type { ProcessCommand } from '../../../commands/process-command';
import { workspaceToolLayout, workspaceToolsDir } from '../../../tools/workspace-tool';

/**
 * actionlint, the linter of GitHub Actions workflows, at one pinned version, built from its Go
 * module (`go install`, through Go's module proxy) into the workspace's tool folder
 * (`.dd/tools/actionlint-<version>/bin/actionlint`), once. For the generator's specs, which run
 * in Jest's module sandbox: processes start with node's own spawnSync, arguments as arrays.
 */
export const ACTIONLINT = {
  name: 'actionlint',
  version: '1.7.12',
  module: 'github.com/rhysd/actionlint/cmd/actionlint',
} as const;

/** What `go install` needs: the module at its version, the binary into `binDir`. */
export function actionlintInstallCommand(go: string, binDir: string): ProcessCommand {
  return {
    file: go,
    args: ['install', `${ACTIONLINT.module}@v${ACTIONLINT.version}`],
    env: { GOBIN: binDir },
    timeoutMs: 10 * 60_000,
  };
}

function run(command: ProcessCommand) {
  const result = spawnSync(command.file, [...command.args], {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    encoding: 'utf8',
    timeout: command.timeoutMs,
  });
  return {
    exitCode: result.error ? undefined : result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  };
}

/** The pinned actionlint of the workspace, built on first use (into a scratch folder, then renamed into place). */
export function ensureActionlint(workspaceRoot: string, go: string): string {
  const layout = workspaceToolLayout(workspaceRoot, ACTIONLINT, process.platform);
  if (existsSync(layout.binary)) return layout.binary;
  mkdirSync(workspaceToolsDir(workspaceRoot), { recursive: true });
  const scratch = mkdtempSync(layout.scratchPrefix);
  try {
    const result = run(actionlintInstallCommand(go, join(scratch, 'bin')));
    if (result.exitCode !== 0)
      throw new Error(
        `${go} install ${ACTIONLINT.module}@v${ACTIONLINT.version} failed (exit ${result.exitCode}):\n${result.stderr.slice(-2000)}`,
      );
    rmSync(layout.dir, { recursive: true, force: true });
    renameSync(scratch, layout.dir);
    return layout.binary;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs `git` with arguments, failing with its output. */
export function git(cwd: string, args: readonly string[]): void {
  const result = run({ file: 'git', args, cwd, timeoutMs: 60_000 });
  if (result.exitCode !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

/** What actionlint says about the workflows of a repository (a git work tree, where local reusable workflows resolve). */
export function runActionlint(binary: string, repository: string): { exitCode: number | undefined; output: string } {
  const result = run({ file: binary, args: ['-no-color'], cwd: repository, timeoutMs: 120_000 });
  return { exitCode: result.exitCode ?? undefined, output: `${result.stdout}${result.stderr}`.trim() };
}

import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../errors/user-error';
import { uvInstallCommand, uvToolLayout, UV_VERSION, workspaceToolsDir } from '../tools/uv-tool';
import { runProcess } from './run-process';

/** uv, however it is reached: its executable and the arguments that come before uv's own. */
export interface UvCommand {
  kind: 'uv';
  file: string;
  prefixArgs: string[];
}

export interface FindUvInput {
  workspaceRoot: string;
  /** The interpreter whose pip installs uv when the workspace has none yet. */
  python: string;
  /** `DD_UV`: a uv executable chosen by the user, used as it is. */
  configured?: string;
  log(line: string): void;
}

export type FoundUv = UvCommand | { kind: 'none'; problem: string };

async function runs(file: string, prefixArgs: readonly string[]): Promise<boolean> {
  return runProcess({ file, args: [...prefixArgs, '--version'], timeoutMs: 30_000 })
    .then((result) => result.exitCode === 0)
    .catch(() => false);
}

const LOCK_STALE_MS = 5 * 60_000;

/**
 * Holds `lock` (a folder: creating it is atomic) while `body` runs. Tasks that find it taken wait
 * until it is released, or until `done()` says the holder's work is there; a lock older than an
 * install can take is a crashed holder's and is taken over.
 */
async function whileLocked<T>(lock: string, done: () => boolean, body: () => Promise<T>, skipped: T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (done()) return skipped;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return done() ? skipped : await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Installs the pinned uv into the workspace's tool folder, once: parallel tasks wait for the
 * first one's install, which goes to a scratch folder renamed into place, so nobody sees half a uv.
 */
async function installWorkspaceUv(input: FindUvInput, binary: string, dir: string): Promise<string | undefined> {
  const tools = workspaceToolsDir(input.workspaceRoot);
  mkdirSync(tools, { recursive: true });
  try {
    return await whileLocked(join(tools, `.uv-${UV_VERSION}.lock`), () => existsSync(binary), () => installInto(input, tools, dir), undefined);
  } catch (error) {
    return `${input.python} -m pip could not install uv ${UV_VERSION}: ${(error as Error).message.split('\n')[0]}`;
  }
}

async function installInto(input: FindUvInput, tools: string, dir: string): Promise<string | undefined> {
  const scratch = mkdtempSync(join(tools, `.uv-${UV_VERSION}-`));
  const started = Date.now();
  try {
    const result = await runProcess({ ...uvInstallCommand(input.python, scratch), timeoutMs: 5 * 60_000 });
    if (result.exitCode !== 0) return `${input.python} -m pip could not install uv ${UV_VERSION}: ${lastLine(result.stderr)}`;
    rmSync(dir, { recursive: true, force: true }); // what an interrupted install left, without its binary
    renameSync(scratch, dir);
    const where = relative(input.workspaceRoot, dir);
    input.log(`Installed uv ${UV_VERSION} from the package index into ${where} (${((Date.now() - started) / 1000).toFixed(1)} s); delete that folder to remove it.`);
    return undefined;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).pop() ?? 'no output';
}

/**
 * The uv the plugin runs: `DD_UV` when set; else the workspace's pinned uv in `.dd/tools/`,
 * installed there from the package index on first use; else, when that install is impossible
 * (no pip, no index), a uv already on the PATH or importable by the interpreter.
 */
export async function findUv(input: FindUvInput): Promise<FoundUv> {
  if (input.configured) {
    if (await runs(input.configured, [])) return { kind: 'uv', file: input.configured, prefixArgs: [] };
    throw new UserError(`DD_UV is '${input.configured}', which does not run (\`${input.configured} --version\` failed).`, 'point DD_UV at a uv executable, or unset it to let the plugin install its own');
  }
  const { dir, binary } = uvToolLayout(input.workspaceRoot, process.platform);
  if (existsSync(binary) && (await runs(binary, []))) return { kind: 'uv', file: binary, prefixArgs: [] };
  const problem = await installWorkspaceUv(input, binary, dir);
  if (!problem) return { kind: 'uv', file: binary, prefixArgs: [] };
  for (const candidate of [{ file: 'uv', prefixArgs: [] }, { file: input.python, prefixArgs: ['-m', 'uv'] }]) {
    if (await runs(candidate.file, candidate.prefixArgs)) {
      input.log(`${problem}; using \`${[candidate.file, ...candidate.prefixArgs].join(' ')}\` instead.`);
      return { kind: 'uv', ...candidate };
    }
  }
  return { kind: 'none', problem };
}

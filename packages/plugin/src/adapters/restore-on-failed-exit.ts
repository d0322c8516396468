import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file a release changes: its content before and after (undefined: absent). */
export interface GuardedFile {
  /** Relative to the workspace root. */
  path: string;
  before: string | undefined;
  after: string | undefined;
}

/** The files of one project's release, replaced as Nx computes them again. */
export interface FilesGuard {
  set(files: readonly GuardedFile[]): void;
}

/**
 * Puts a project's release files back as they were when the process ends in failure before the
 * release commit was made: `nx release` writes and stages the files, then commits; a missing git
 * identity or a failing commit hook would otherwise leave them changed and staged. Files the
 * release did not write (a dry run, or an error before the write) and files changed since by
 * someone else are left alone; after the release commit (a failed tag or publish) nothing is
 * touched, the commit being whole.
 *
 * An exit listener runs synchronously, hence the synchronous git calls.
 */
export function guardFilesUntilCommit(
  workspaceRoot: string,
  head: string | undefined,
  log: (line: string) => void,
): FilesGuard {
  let files: readonly GuardedFile[] = [];
  let listening = false;
  const onExit = (code: number) => {
    if (code === 0 || files.length === 0 || head === undefined || currentHead(workspaceRoot) !== head) return;
    const restored = files.filter((file) => restore(workspaceRoot, file)).map((file) => file.path);
    if (restored.length === 0) return;
    for (const path of restored) unstage(workspaceRoot, path);
    log(
      `The release stopped before its commit: ${restored.join(', ')} ${restored.length === 1 ? 'is' : 'are'} back as before.`,
    );
  };
  return {
    set(next) {
      files = next;
      if (listening || next.length === 0) return;
      listening = true;
      // One listener per released project: raise the limit rather than warn at the eleventh.
      process.setMaxListeners(Math.max(process.getMaxListeners(), process.listenerCount('exit') + 1));
      process.once('exit', onExit);
    },
  };
}

function currentHead(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

function restore(root: string, file: GuardedFile): boolean {
  const path = join(root, file.path);
  const now = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (now === file.before || now !== file.after) return false;
  if (file.before === undefined) rmSync(path, { force: true });
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.before);
  }
  return true;
}

function unstage(cwd: string, path: string): void {
  try {
    execFileSync('git', ['reset', '--quiet', 'HEAD', '--', path], { cwd, stdio: 'ignore' });
  } catch {
    // a path git never knew needs no unstaging
  }
}

import { runProcess, runProcessOrThrow } from '../../adapters/run-process';
import { parseNameStatus, type ChangeSet } from '../change-set';

const git = (cwd: string, args: string[]) => runProcessOrThrow({ file: 'git', args, cwd, timeoutMs: 120_000 });

/**
 * The files changed from the merge base of `base` and `head` to `head`, as `nx affected` takes
 * them (no rename detection, paths relative to the workspace root), with deletions told apart.
 */
export async function readChangeSet(cwd: string, base: string, head: string): Promise<ChangeSet> {
  const mergeBase = await runProcess({ file: 'git', args: ['merge-base', base, head], cwd, timeoutMs: 60_000 });
  const from = mergeBase.exitCode === 0 ? mergeBase.stdout.trim() : base;
  const diff = await git(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', from, head]);
  return { base: from, head, ...parseNameStatus(diff.stdout) };
}

/** A file's text at a revision (path relative to the workspace root), or undefined where it did not exist. */
export async function readFileAtRevision(cwd: string, revision: string, path: string): Promise<string | undefined> {
  const result = await runProcess({ file: 'git', args: ['show', `${revision}:./${path}`], cwd, timeoutMs: 60_000 });
  return result.exitCode === 0 ? result.stdout : undefined;
}

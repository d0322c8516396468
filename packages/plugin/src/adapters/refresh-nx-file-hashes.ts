import { updateContextWithChangedFiles } from 'nx/src/utils/workspace-context';
import { runProcess } from './run-process';

/**
 * Tells Nx about the files a release wrote. Nx reads and hashes the workspace's files once, when
 * `nx release` starts; without the daemon it does not see the version step's writes, and the
 * package tasks that `nx release` runs next to publish would be cached under the hash of the
 * files as they were before the release: a later build of the old sources would get the new
 * version's wheel. The changed files are the ones git sees changed in the working tree.
 */
export async function refreshNxFileHashes(workspaceRoot: string): Promise<void> {
  const status = await runProcess({
    file: 'git',
    args: ['status', '--porcelain', '--untracked-files=all', '--no-renames'],
    cwd: workspaceRoot,
    timeoutMs: 60_000,
  });
  if (status.exitCode !== 0) return;
  const updated: string[] = [];
  const deleted: string[] = [];
  for (const line of status.stdout.split('\n').filter((l) => l.length > 3)) {
    const path = line.slice(3).replace(/^"(.*)"$/, '$1');
    (line.slice(0, 2).includes('D') ? deleted : updated).push(path);
  }
  if (updated.length > 0 || deleted.length > 0)
    await updateContextWithChangedFiles(workspaceRoot, [], updated, deleted);
}

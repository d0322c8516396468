/** The files a change touches, from the merge base of base and head to head. */
export interface ChangeSet {
  base: string;
  head: string;
  /** Added or modified: present at head. */
  modified: readonly string[];
  /** Present at the base, gone at head. */
  deleted: readonly string[];
}

/**
 * Parses `git diff --name-status --no-renames -z` (`M\0path\0D\0path\0...`): deletions apart,
 * every other status (added, modified, type changed, unmerged) is a file present at head.
 */
export function parseNameStatus(output: string): Pick<ChangeSet, 'modified' | 'deleted'> {
  const parts = output.split('\0');
  const modified: string[] = [];
  const deleted: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [status, path] = [parts[i]!, parts[i + 1]!];
    if (!status || !path) continue;
    (status.startsWith('D') ? deleted : modified).push(path);
  }
  return { modified, deleted };
}

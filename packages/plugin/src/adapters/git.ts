import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess, runProcessOrThrow } from './run-process';

/** The git questions a release asks, as an interface so that the version actions can be unit-tested. */
export interface ReleaseGit {
  /** Tags whose name starts with `prefix`. */
  tags(prefix: string): Promise<string[]>;
  /**
   * Files under `path` (workspace-relative) that differ from `ref` in the working tree, changes
   * not yet committed and new files included.
   */
  changedSince(ref: string, path: string): Promise<string[]>;
  /** The commit HEAD points at; undefined in a repository without commits. */
  head(): Promise<string | undefined>;
  /** Whether a tag of that name exists. */
  tagExists(name: string): Promise<boolean>;
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/** {@link ReleaseGit} on the repository that holds `cwd` (the workspace root). */
export function createGit(cwd: string): ReleaseGit {
  const git = async (args: string[]) => (await runProcessOrThrow({ file: 'git', args, cwd, timeoutMs: 60_000 })).stdout;
  const answers = async (args: string[]) =>
    (await runProcess({ file: 'git', args, cwd, timeoutMs: 60_000 })).exitCode === 0;
  return {
    tags: async (prefix) => lines(await git(['tag', '--list', `${prefix}*`])),
    changedSince: async (ref, path) => {
      const [changed, added] = await Promise.all([
        git(['diff', '--name-only', '--relative', ref, '--', path]),
        git(['ls-files', '--others', '--exclude-standard', '--', path]),
      ]);
      return [...new Set([...lines(changed), ...lines(added)])].sort();
    },
    head: async () => {
      const result = await runProcess({ file: 'git', args: ['rev-parse', '--verify', '--quiet', 'HEAD'], cwd });
      return result.exitCode === 0 ? result.stdout.trim() : undefined;
    },
    tagExists: (name) => answers(['rev-parse', '--verify', '--quiet', `refs/tags/${name}`]),
  };
}

/**
 * The files among `paths` (workspace-relative) that git tracks, with their content on disk:
 * what "a file of the repository" means. Outside a git repository, none.
 */
export async function readTrackedFiles(
  cwd: string,
  paths: readonly string[],
): Promise<{ path: string; text: string }[]> {
  const existing = paths.filter((p) => existsSync(join(cwd, p)));
  if (existing.length === 0) return [];
  const result = await runProcess({ file: 'git', args: ['ls-files', '--', ...existing], cwd, timeoutMs: 60_000 });
  if (result.exitCode !== 0) return [];
  return lines(result.stdout).map((path) => ({ path, text: readFileSync(join(cwd, path), 'utf8') }));
}

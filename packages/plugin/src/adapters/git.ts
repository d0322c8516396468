import { runProcessOrThrow } from './run-process';

/** The git operations a release needs, as an interface so that generators can be unit-tested. */
export interface ReleaseGit {
  /** Lines of `git status --porcelain`: empty when the working tree is clean. */
  status(): Promise<string[]>;
  /** Tags whose name starts with `prefix`. */
  tags(prefix: string): Promise<string[]>;
  /** Files under `path` that differ between `ref` and HEAD, relative to the workspace root. */
  changedSince(ref: string, path: string): Promise<string[]>;
  /** Stages everything under `paths` (deletions too) and commits it. */
  commit(paths: readonly string[], message: string): Promise<void>;
  /** Creates an annotated tag on HEAD. */
  tag(name: string, message: string): Promise<void>;
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/** {@link ReleaseGit} on the repository that holds `cwd` (the workspace root). */
export function createGit(cwd: string): ReleaseGit {
  const git = async (args: string[]) => (await runProcessOrThrow({ file: 'git', args, cwd, timeoutMs: 60_000 })).stdout;
  return {
    status: async () => lines(await git(['status', '--porcelain', '--untracked-files=normal'])),
    tags: async (prefix) => lines(await git(['tag', '--list', `${prefix}*`])),
    changedSince: async (ref, path) => lines(await git(['diff', '--name-only', '--relative', ref, 'HEAD', '--', path])),
    commit: async (paths, message) => {
      await git(['add', '--all', '--', ...paths]);
      await git(['commit', '--quiet', '--message', message]);
    },
    tag: async (name, message) => {
      await git(['tag', '--annotate', name, '--message', message]);
    },
  };
}

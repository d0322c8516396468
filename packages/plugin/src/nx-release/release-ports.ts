import { createGit, type ReleaseGit } from '../adapters/git';
import { guardFilesUntilCommit, type FilesGuard } from '../adapters/restore-on-failed-exit';

/** What the version actions talk to besides Nx's tree; fakes in unit tests. */
export interface ReleasePorts {
  git: ReleaseGit;
  /** Today's date in UTC, YYYY-MM-DD: the date of a CHANGELOG.md section. */
  today(): string;
  /** Puts a project's release files back if the release fails before its commit. */
  guard(head: string | undefined): FilesGuard;
  /** Keeps Nx from formatting the files the release writes (see machineReleasePorts). */
  keepFormats(): void;
}

/** The ports of a real `nx release`, on the workspace at `workspaceRoot`. */
export function machineReleasePorts(workspaceRoot: string): ReleasePorts {
  return {
    git: createGit(workspaceRoot),
    today: () => new Date().toISOString().slice(0, 10),
    guard: (head) => guardFilesUntilCommit(workspaceRoot, head, (line) => console.error(line)),
    // Nx formats what a release writes with the workspace's Prettier, which would turn Datadog's
    // CHANGELOG.md (`***Added***:`, `*` bullets) into its own Markdown. NX_SKIP_FORMAT is Nx's
    // switch for files with formatting of their own; a value the user set wins.
    keepFormats: () => {
      process.env.NX_SKIP_FORMAT ??= 'true';
    },
  };
}

/** A file of the workspace as the release sees it (paths relative to the workspace root). */
export interface WorkspaceFile {
  path: string;
  text: string;
}

/** Why a release cannot go ahead: where, what, and how to fix it. */
export interface ReleaseProblem {
  project: string;
  file?: string;
  line?: number;
  message: string;
  hint: string;
}

/**
 * What the release reads of one Python project before anything is written, gathered by the
 * shell (the version actions) from the tree and git.
 */
export interface ProjectReleaseInput {
  name: string;
  /** The project's folder, relative to the workspace root. */
  root: string;
  /** `__about__.py`, where the version lives; undefined when the project has none. */
  about: WorkspaceFile | undefined;
  manifest: WorkspaceFile | undefined;
  /** The files of `changelog.d/`. */
  fragments: WorkspaceFile[];
  /** The newest version among the project's release tags, if it was ever released. */
  releasedVersion: string | undefined;
  /** Files under the root that differ from the newest release tag; undefined without one. */
  changedSinceRelease: string[] | undefined;
  /** Whether an Nx version plan (`.nx/version-plans/`) names the project. */
  hasVersionPlan: boolean;
}

import type { Bump } from '../versions/version';

/** A file of the workspace as the release planner sees it (paths relative to the workspace). */
export interface WorkspaceFile {
  path: string;
  text: string;
}

/** Everything the planner needs to know about one integration, gathered by the shell. */
export interface IntegrationReleaseInput {
  name: string;
  /** The integration's folder, relative to the workspace root. */
  root: string;
  about: WorkspaceFile | undefined;
  manifest: WorkspaceFile | undefined;
  /** CHANGELOG.md; `text` is undefined when the file does not exist. */
  changelog: { path: string; text: string | undefined };
  /** Files of `changelog.d/`. */
  fragments: WorkspaceFile[];
  /** Git tags that start with `<name>-`. */
  tags: string[];
  /** Workspace-relative files under the root changed since the newest release tag; undefined without one. */
  changedSinceTag: string[] | undefined;
}

export interface ReleaseOptions {
  /** Overrides the bump the fragments ask for: a bump type or an exact MAJOR.MINOR.PATCH. */
  bump?: string;
  /** The release date written into CHANGELOG.md (YYYY-MM-DD). */
  date: string;
}

/** Why a release cannot go ahead, with where and how to fix it. */
export interface ReleaseProblem {
  project?: string;
  file?: string;
  line?: number;
  message: string;
  hint: string;
}

/**
 * One integration to release. `bump`: from changelog fragments (version and files change);
 * `first`: never tagged, its current version is tagged as it is; `manual`: the version was
 * raised by hand and has its CHANGELOG.md section, so it is tagged as it is.
 */
export interface PlannedRelease {
  project: string;
  root: string;
  kind: 'bump' | 'first' | 'manual';
  /** The newest released version, if any. */
  previous?: string;
  /** The version in __about__.py before the release. */
  current: string;
  version: string;
  bump?: Bump;
  tag: string;
  changelogEntry?: string;
  writes: WorkspaceFile[];
  deletes: string[];
}

export interface ReleasePlan {
  releases: PlannedRelease[];
  unchanged: { project: string; reason: string }[];
  problems: ReleaseProblem[];
}

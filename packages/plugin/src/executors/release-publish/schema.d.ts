export interface ReleasePublishExecutorSchema {
  publishUrl?: string;
  checkUrl?: string;
  /** Set by `nx release publish --registry`. */
  registry?: string;
  packageTarget?: string;
  python?: string;
  dryRun?: boolean;
  /** Set by `nx release` for the projects it versioned: the new version of each, or null. */
  nxReleaseVersionData?: Record<string, { newVersion: string | null } | undefined>;
}

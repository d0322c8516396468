/** An entry at the top of the repository, as init sees it. */
export interface TopEntry {
  name: string;
  isFile: boolean;
  /** A folder with a manifest.json: an integration at the root. */
  hasManifest: boolean;
}

/**
 * Where a repository keeps its integrations: an `integrations/` folder (this workspace's
 * layout), else folders with a manifest.json at the root (integrations-extras, -core), else
 * `integrations/` for a new workspace.
 */
export function detectLayout(entries: readonly TopEntry[]): { integrations: string } {
  if (entries.some((e) => e.name === 'integrations' && !e.isFile)) return { integrations: 'integrations/*' };
  if (entries.some((e) => !e.isFile && e.hasManifest && !e.name.startsWith('.'))) return { integrations: '*' };
  return { integrations: 'integrations/*' };
}

/** The branch `nx affected` compares with by default: the one checked out when init runs (`.git/HEAD`). */
export function defaultBaseFrom(gitHead: string | null | undefined): string | undefined {
  return /^ref: refs\/heads\/(\S+)\s*$/.exec(gitHead ?? '')?.[1];
}

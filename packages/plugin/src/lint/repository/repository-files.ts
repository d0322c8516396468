import type { RepositoryContext } from '../integration-source';

/** Where `ddev validate codeowners` reads the code owners, from the repository root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';
/** ddev's per-repository configuration (`[overrides]`), from the repository root. */
export const DDEV_CONFIG_PATH = '.ddev/config.toml';

/** The repository's files that rules read, the same for every integration of a run. */
export type RepositoryFiles = Omit<RepositoryContext, 'projectPath'>;

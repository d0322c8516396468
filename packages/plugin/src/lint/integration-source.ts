import type { RenderedConfig } from '../config-spec/rendered-config';

/** The files of one integration, read once by the shell and handed to every rule. */
export interface IntegrationSource {
  /** Folder (and project) name. */
  name: string;
  /** Contents by path relative to the integration's folder; only text files that were read. */
  files: Record<string, string>;
  /** Every file of the integration (relative paths), read or not; absent means "not listed". */
  paths?: string[];
  /** Files that exist but are not UTF-8 text (binary content, another encoding). */
  notText?: string[];
  /**
   * The first line of each PDF file (its bytes up to and including the first line feed, one
   * character per byte): what `ddev validate eula` reads to recognise a PDF.
   */
  pdfHeads?: Record<string, string>;
  /** What the rules need from outside the integration's folder, read once per run by the shell. */
  repository?: RepositoryContext;
  /**
   * spec.yaml as Datadog's renderer renders it, computed by the shell before the rules run;
   * absent when nobody rendered it (no spec.yaml, or a caller without the renderer).
   */
  renderedConfig?: RenderedConfig;
}

/** A file of the repository outside the integration's folder. */
export interface RepositoryFile {
  /** Path relative to the repository (workspace) root, `/`-separated. */
  path: string;
  text: string;
}

/** The repository around an integration, as the repository-wide checks of `ddev validate` see it. */
export interface RepositoryContext {
  /** The integration's folder relative to the repository root, `/`-separated: `foo`, `integrations/foo`. */
  projectPath: string;
  /** `.github/CODEOWNERS`, when the repository has one. */
  codeowners?: RepositoryFile;
  /** `.ddev/config.toml` (ddev's per-repository overrides), when the repository has one. */
  ddevConfig?: RepositoryFile;
}

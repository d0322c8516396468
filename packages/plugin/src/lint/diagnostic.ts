import type { RenderedConfig } from '../config-spec/rendered-config';
import type { LintContext } from './lint-context';

export type Severity = 'error' | 'warning';

/** One finding, as data: formatting is a separate step. Lines and columns are 1-based. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** Path relative to the integration's folder. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** How to fix it. */
  hint?: string;
}

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

/**
 * Where a rule's verdict comes from, which sets its severity:
 * - `upstream`: a `ddev validate` check (or Datadog's own test helpers) rejects the same thing, so
 *   upstream CI fails on it: an error;
 * - `beyond-upstream`: a real defect upstream misses, with evidence that something breaks: an error;
 * - `advice`: the guide's conventions and style: a warning (`--warningsAsErrors` promotes it).
 */
export type Provenance = 'upstream' | 'beyond-upstream' | 'advice';

/** A rule's severity policy, stated once and printed in the rule docs. */
export interface RulePolicy {
  provenance: Provenance;
  /** upstream: the check that enforces it; beyond-upstream: the evidence; advice: why it is only advice. */
  basis: string;
  /** For an error rule, the findings it reports as warnings (its advice part), if any. */
  advicePart?: string;
}

/** A pure validation rule with a stable id. */
export interface LintRule {
  /** Stable, namespaced id such as `metadata/unknown-unit`. */
  id: string;
  /** One paragraph: what it checks, why, a bad and a good example, and how to fix a finding. */
  description: string;
  policy: RulePolicy;
  check(context: LintContext): Diagnostic[];
}

/** Orders diagnostics by file, line, column, then rule id. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

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
  /** Contents by path relative to the integration's folder; only files that exist. */
  files: Record<string, string>;
}

/** A pure validation rule with a stable id. */
export interface LintRule {
  id: string;
  /** One paragraph: what it checks, why, and how to fix a finding. */
  description: string;
  check(source: IntegrationSource): Diagnostic[];
}

/** Orders diagnostics by file, line, column, then rule id. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

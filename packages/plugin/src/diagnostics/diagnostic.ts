export type Severity = 'error' | 'warning';

/**
 * One finding, as data: formatting is a separate step. Lines and columns are 1-based. Lint's
 * rules, the env.yaml reader and ruff's parsers all speak it, so it belongs to none of them.
 */
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
  /** Why an error of its rule is reported as a warning here: the evidence, and what makes it an error. */
  evidence?: string;
}

/** Orders diagnostics by file, line, column, then rule id. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import type { IntegrationSource } from './integration-source';
import { createLintContext, type LintContext } from './lint-context';
import type { Finding, LintRule } from './lint-rule';

/**
 * A rule's findings as diagnostics: each carries the id of the rule that returned it (rules never
 * name it, and a finding cannot slip in another), and an advice rule's are warnings whatever they
 * say, as advice never fails a build.
 */
export function toDiagnostics(rule: LintRule, findings: readonly Finding[]): Diagnostic[] {
  const advice = rule.policy.provenance === 'advice';
  return findings.map(({ severity, file, line, column, message, hint }) => ({
    ruleId: rule.id,
    severity: advice ? 'warning' : severity,
    file,
    line,
    column,
    message,
    ...(hint === undefined ? {} : { hint }),
  }));
}

/** Runs one rule over a context: its findings, as diagnostics. */
export function checkRule(rule: LintRule, context: LintContext): Diagnostic[] {
  return toDiagnostics(rule, rule.check(context));
}

/**
 * Runs every rule over one integration; none stops the others. A rule that throws is a defect
 * of the rule: it becomes an `internal/rule-crashed` diagnostic and the other rules still run.
 */
export function runRules(source: IntegrationSource, rules: readonly LintRule[]): Diagnostic[] {
  const context = createLintContext(source);
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      out.push(...checkRule(rule, context));
    } catch (error) {
      out.push({
        ruleId: 'internal/rule-crashed',
        severity: 'error',
        file: '.',
        line: 1,
        column: 1,
        message: `rule ${rule.id} crashed: ${(error as Error).message}`,
        hint: 'this is a bug in @dd/plugin; please report it with the file that triggered it',
      });
    }
  }
  return sortDiagnostics(out);
}

import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import type { IntegrationSource } from './integration-source';
import { createLintContext, type LintContext } from './lint-context';
import type { Finding, LintRule } from './lint-rule';
import { resolveSeverity, type LintPolicy } from './policy/lint-policy';
import { EXTRAS_VALIDATORS } from './policy/upstream-validators';

/** The policy of a repository that states none: integrations-extras' CI selection, not strict. */
export const DEFAULT_LINT_POLICY: LintPolicy = { validators: new Set(EXTRAS_VALIDATORS), strict: false };

/**
 * A rule's findings as diagnostics: each carries the id of the rule that returned it (rules never
 * name it, and a finding cannot slip in another), and the severity the policy gives it (see
 * resolveSeverity), with the evidence when the policy lowered an error to a warning.
 */
export function toDiagnostics(
  rule: LintRule,
  findings: readonly Finding[],
  policy: LintPolicy = DEFAULT_LINT_POLICY,
): Diagnostic[] {
  return findings.map(({ severity, file, line, column, message, hint }) => {
    const resolved = resolveSeverity(rule.policy, severity, policy);
    return {
      ruleId: rule.id,
      severity: resolved.severity,
      file,
      line,
      column,
      message,
      ...(hint === undefined ? {} : { hint }),
      ...(resolved.evidence === undefined ? {} : { evidence: resolved.evidence }),
    };
  });
}

/** Runs one rule over a context: its findings, as diagnostics. */
export function checkRule(
  rule: LintRule,
  context: LintContext,
  policy: LintPolicy = DEFAULT_LINT_POLICY,
): Diagnostic[] {
  return toDiagnostics(rule, rule.check(context), policy);
}

/**
 * Runs every rule over one integration; none stops the others. A rule that throws is a defect
 * of the rule: it becomes an `internal/rule-crashed` diagnostic and the other rules still run.
 */
export function runRules(
  source: IntegrationSource,
  rules: readonly LintRule[],
  policy: LintPolicy = DEFAULT_LINT_POLICY,
): Diagnostic[] {
  const context = createLintContext(source);
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      out.push(...checkRule(rule, context, policy));
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

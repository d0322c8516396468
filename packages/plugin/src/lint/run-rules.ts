import type { IntegrationSource } from './integration-source';
import type { LintRule } from './lint-rule';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { createLintContext } from './lint-context';

/** An advice rule never fails a build, whatever its findings say: they are warnings. */
export function applyPolicy(rule: LintRule, found: Diagnostic[]): Diagnostic[] {
  return rule.policy.provenance === 'advice' ? found.map((d) => ({ ...d, severity: 'warning' as const })) : found;
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
      out.push(...applyPolicy(rule, rule.check(context)));
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

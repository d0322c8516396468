import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LintContext } from './lint-context';

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

/**
 * What a rule reports: a diagnostic without its rule id. The runner stamps each finding with the
 * id of the rule that returned it, so a rule states its id once, in `id`, and cannot report
 * under another.
 */
export type Finding = Omit<Diagnostic, 'ruleId'>;

/** A pure validation rule with a stable id. */
export interface LintRule {
  /** Stable, namespaced id such as `metadata/unknown-unit`. */
  id: string;
  /** One paragraph: what it checks, why, a bad and a good example, and how to fix a finding. */
  description: string;
  policy: RulePolicy;
  check(context: LintContext): Finding[];
}

import type { Severity } from '../../diagnostics/diagnostic';
import type { RulePolicy } from '../lint-rule';
import type { UpstreamValidator } from './upstream-validators';

/** Which findings fail a lint run: the repository's CI selection of validators, and strictness. */
export interface LintPolicy {
  /** The `ddev validate` commands the repository's CI runs: their rules are errors. */
  validators: ReadonlySet<UpstreamValidator>;
  /** Beyond-upstream rules, and the upstream validators the CI leaves off, are errors too. */
  strict: boolean;
}

/** A finding's severity under a policy, and, when the policy lowered it, why. */
export interface ResolvedSeverity {
  severity: Severity;
  /** Set when an error of the rule is reported as a warning: the evidence, and what makes it an error. */
  evidence?: string;
}

const STRICT = 'an error with --strict';

/**
 * The severity of one finding of a rule (`found`: what the rule says, an error or the warning of
 * its advice part) under the policy. Advice is always a warning; the repository's own targets
 * refuse what a workspace rule finds, and `ddev test` what a `test` rule finds, so those stay
 * errors; an upstream rule is an error when the CI runs its validator; a beyond-upstream rule is
 * an error only when strict.
 */
export function resolveSeverity(policy: RulePolicy, found: Severity, lint: LintPolicy): ResolvedSeverity {
  if (policy.provenance === 'advice') return { severity: 'warning' };
  if (found === 'warning' || lint.strict || policy.provenance === 'workspace') return { severity: found };
  if (policy.provenance !== 'upstream')
    return { severity: 'warning', evidence: `beyond upstream: ${policy.basis}; ${STRICT}` };
  if (policy.validator === 'test' || lint.validators.has(policy.validator)) return { severity: found };
  return {
    severity: 'warning',
    evidence: `\`ddev validate ${policy.validator}\` rejects it, but this repository's CI does not run that validator; ${STRICT}`,
  };
}

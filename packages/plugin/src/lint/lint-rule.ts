import type { Diagnostic } from '../diagnostics/diagnostic';
import type { LintContext } from './lint-context';

import type { UpstreamValidator } from './policy/upstream-validators';

/**
 * Where a rule's verdict comes from, which sets its severity (see policy/resolve-severity.ts):
 * - `upstream`: a `ddev validate` command rejects the same thing (`validator`), or `ddev test`
 *   fails on it (`test`): an error when the repository's CI runs that validator, else a warning
 *   (an error with `strict`);
 * - `workspace`: this workspace's own files, which its own targets refuse: an error;
 * - `beyond-upstream`: a real defect upstream misses, with evidence that something breaks: a
 *   warning with its evidence (an error with `strict`);
 * - `advice`: the guide's conventions and style: a warning (`--warningsAsErrors` promotes it).
 */
export type Provenance = 'upstream' | 'workspace' | 'beyond-upstream' | 'advice';

interface PolicyBasis {
  /** upstream: the check's words; workspace and beyond-upstream: the evidence; advice: why it is only advice. */
  basis: string;
  /** For an error rule, the findings it reports as warnings (its advice part), if any. */
  advicePart?: string;
}

/** A rule's severity policy, stated once and printed in the rule docs. */
export type RulePolicy =
  | (PolicyBasis & {
      provenance: 'upstream';
      /** The `ddev validate` command that rejects it, or `test`: the integration's tests under `ddev test`. */
      validator: UpstreamValidator | 'test';
    })
  | (PolicyBasis & { provenance: 'workspace' | 'beyond-upstream' | 'advice' });

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

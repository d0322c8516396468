import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { IntegrationSource } from '../integration-source';
import type { LintRule } from '../lint-rule';
import { createLintContext } from '../lint-context';
import type { LintPolicy } from '../policy/lint-policy';
import { UPSTREAM_VALIDATORS } from '../policy/upstream-validators';
import { checkRule } from '../run-rules';

/**
 * The policy rule tests run under: strict, so that each finding keeps the severity its rule gives
 * it (what a selection lowers is the policy's own test, lint-policy.spec.ts).
 */
export const STRICT_POLICY: LintPolicy = { validators: new Set(UPSTREAM_VALIDATORS), strict: true };

/** The guide's metadata.csv header. */
export const HEADER = 'metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name';

/** A v1 manifest of the integration `foo`, valid under every rule. */
export const MANIFEST_V1 = `{
  "maintainer": "help@example.com",
  "manifest_version": "1.0.0",
  "max_agent_version": "8.0.0",
  "min_agent_version": "7.0.0",
  "name": "foo",
  "display_name": "Foo",
  "short_description": "Collect Foo metrics.",
  "support": "contrib",
  "version": "0.1.0",
  "metric_prefix": "foo.",
  "metric_to_check": "foo.up"
}
`;

/** Builds an integration `foo` from a few files (paths listed: absent files are absent). */
export function source(files: Record<string, string>, name = 'foo'): IntegrationSource {
  return { name, files, paths: Object.keys(files) };
}

/** Runs one rule and keeps what a test compares: every field but the hint, which must exist. */
export function runRule(rule: LintRule, files: Record<string, string>, name = 'foo'): Omit<Diagnostic, 'hint'>[] {
  return checkRule(rule, createLintContext(source(files, name)), STRICT_POLICY).map(({ hint, ...rest }) => {
    if (!hint) throw new Error(`${rule.id} reported without a hint: ${rest.message}`);
    return rest;
  });
}

/** A metadata.csv of `foo` with the given rows under the guide's header. */
export function metadata(...rows: string[]): Record<string, string> {
  return { 'metadata.csv': [HEADER, ...rows].join('\n') + '\n', 'manifest.json': MANIFEST_V1 };
}

/** A diagnostic as tests write it. */
export function d(ruleId: string, file: string, line: number, column: number, message: string, severity: 'error' | 'warning' = 'error') {
  return { ruleId, severity, file, line, column, message };
}

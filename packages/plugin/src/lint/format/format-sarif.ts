import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintRule } from '../lint-rule';

/**
 * What a SARIF log says of a rule that is not one of lint's own: a rule of the linter that runs
 * alongside (ruff), described from that linter's own documentation.
 */
export interface SarifRuleDoc {
  /** The rule id its findings carry, e.g. `python/F401`. */
  id: string;
  /** A name for people, e.g. ruff's `unused-import`. */
  name?: string;
  /** One sentence: what the rule checks. */
  shortDescription: string;
  /** The rule's documentation: why, examples, the fix. */
  fullDescription: string;
  /** The rule's page. */
  helpUri: string;
}

/** The rules, by id, that a SARIF log can describe: lint's own and the linter's alongside. */
export interface SarifRules {
  rules: readonly LintRule[];
  otherRules?: readonly SarifRuleDoc[];
}

/**
 * One `tool.driver.rules` entry. Lint's own rules (which win over a doc of the same id) keep their
 * id as the short description and their paragraph as the full one; a described rule of another
 * linter gets its name, its descriptions and its page; any other id only its id.
 */
function describeRule(id: string, own: ReadonlyMap<string, string>, other: ReadonlyMap<string, SarifRuleDoc>) {
  const doc = other.get(id);
  if (!own.has(id) && doc)
    return {
      id,
      ...(doc.name ? { name: doc.name } : {}),
      shortDescription: { text: doc.shortDescription },
      fullDescription: { text: doc.fullDescription },
      helpUri: doc.helpUri,
    };
  return {
    id,
    shortDescription: { text: id },
    ...(own.has(id) ? { fullDescription: { text: own.get(id) } } : {}),
  };
}

/**
 * A SARIF 2.1.0 log (the format code-scanning services read): one run, the rules that fired
 * with their documentation, one result per diagnostic with its file, line and column.
 */
export function formatSarif(
  projectRoot: string,
  diagnostics: readonly Diagnostic[],
  rules: SarifRules,
  version: string,
): string {
  const fired = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const own = new Map(rules.rules.map((r) => [r.id, r.description]));
  const other = new Map((rules.otherRules ?? []).map((doc) => [doc.id, doc]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: '@dd/plugin lint',
            version,
            rules: fired.map((id) => describeRule(id, own, other)),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: fired.indexOf(d.ruleId),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.hint ? `${d.message}. Fix: ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `${projectRoot}/${d.file}` },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

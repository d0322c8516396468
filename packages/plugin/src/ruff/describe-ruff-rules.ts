import type { SarifRuleDoc } from '../lint/format/format-sarif';
import type { RuffRule } from './parse-ruff-rules';
import { ruffRulePurpose } from './parse-ruff-rules';

/** ruff's rule index; a rule's page is `<index><name>`, as ruff itself builds the url of a finding. */
const RUFF_RULES_URL = 'https://docs.astral.sh/ruff/rules/';

/** The findings about ruff itself, which carry no ruff code: described here, not by ruff. */
const PLUGIN_FINDINGS: readonly SarifRuleDoc[] = [
  {
    id: 'python/format',
    name: 'ruff-format',
    shortDescription: 'A file `ruff format` would rewrite.',
    fullDescription:
      "Datadog's CI runs `ruff format --check` and fails on a file it would rewrite; the finding is at the first changed line, with the number of changes. `nx lint <project> --fix` formats it.",
    helpUri: 'https://docs.astral.sh/ruff/formatter/',
  },
  {
    id: 'python/syntax-error',
    name: 'syntax-error',
    shortDescription: 'A Python file ruff cannot parse.',
    fullDescription:
      "ruff reports a syntax error for a file it cannot parse, and lints nothing else in it; Datadog's CI fails on it. Fix the Python syntax at the line shown.",
    helpUri: 'https://docs.astral.sh/ruff/linter/',
  },
  {
    id: 'python/ruff-failed',
    name: 'ruff-failed',
    shortDescription: 'ruff could not run.',
    fullDescription:
      'ruff could not be installed (no pip, no package index), `DD_RUFF` names a ruff that does not run, or the ruff settings are broken: the message says which. The file rules still run. Set `DD_RUFF`, fix the settings, or skip ruff with `--python=false`.',
    helpUri: 'https://docs.astral.sh/ruff/configuration/',
  },
];

/** The ruff code of a `ruff check` finding's id (`python/F401`: `F401`); undefined for any other id. */
export function ruffCode(ruleId: string): string | undefined {
  return /^python\/([A-Z]+[0-9]+)$/.exec(ruleId)?.[1];
}

/** A rule from ruff's own list: its purpose, its explanation and its page. */
function fromRuff(id: string, rule: RuffRule): SarifRuleDoc {
  return {
    id,
    name: rule.name,
    shortDescription: ruffRulePurpose(rule),
    fullDescription: rule.explanation || rule.summary,
    helpUri: `${RUFF_RULES_URL}${rule.name}`,
  };
}

/** A code ruff's list lacks (the list could not be read): ruff explains it, and the index lists it. */
function unlisted(id: string, code: string): SarifRuleDoc {
  return {
    id,
    shortDescription: `ruff rule ${code}`,
    fullDescription: `A finding of \`ruff check\`, rule ${code}: \`ruff rule ${code}\` explains it.`,
    helpUri: RUFF_RULES_URL,
  };
}

/**
 * Describes, for SARIF, the rules of the Python linter's findings among `ruleIds`: `python/<code>`
 * from ruff's own rule list (`rules`, by code), the findings about ruff from the plugin. Other ids
 * (lint's own `python/...` rules) are left to lint's rule list. One doc per id, in the order given.
 */
export function describeRuffRules(ruleIds: Iterable<string>, rules: ReadonlyMap<string, RuffRule>): SarifRuleDoc[] {
  const docs = new Map<string, SarifRuleDoc>();
  for (const id of ruleIds) {
    if (docs.has(id)) continue;
    const own = PLUGIN_FINDINGS.find((doc) => doc.id === id);
    const code = ruffCode(id);
    const rule = code ? rules.get(code) : undefined;
    const doc = own ?? (rule ? fromRuff(id, rule) : code ? unlisted(id, code) : undefined);
    if (doc) docs.set(id, doc);
  }
  return [...docs.values()];
}

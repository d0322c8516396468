/** One rule of ruff, as `ruff rule --all --output-format=json` describes it (the fields we read). */
export interface RuffRule {
  /** `F401`. */
  code: string;
  /** `unused-import`: the last part of the rule's page, https://docs.astral.sh/ruff/rules/<name>. */
  name: string;
  /** The message template of its findings: "`{name}` imported but unused; ...". */
  summary: string;
  /** Markdown: `## What it does`, `## Why is this bad?`, `## Example`, ... */
  explanation: string;
}

/** ruff's rule list was not the JSON array of rules that ruff 0.11 prints. */
export class RuffRulesOutputError extends Error {
  override readonly name = 'RuffRulesOutputError';
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Reads the output of `ruff rule --all --output-format=json` into the rules by code. An entry
 * without a code or a name is left out; a missing summary or explanation reads as empty.
 */
export function parseRuffRules(json: string): Map<string, RuffRule> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new RuffRulesOutputError(`ruff's rule list is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(parsed))
    throw new RuffRulesOutputError(
      `ruff's rule list is not a JSON array but ${parsed === null ? 'null' : typeof parsed}`,
    );
  const rules = new Map<string, RuffRule>();
  for (const entry of parsed as Record<string, unknown>[]) {
    if (!isText(entry?.code) || !isText(entry.name) || entry.code === '') continue;
    rules.set(entry.code, {
      code: entry.code,
      name: entry.name,
      summary: isText(entry.summary) ? entry.summary : '',
      explanation: isText(entry.explanation) ? entry.explanation : '',
    });
  }
  return rules;
}

/**
 * What a rule checks, in one sentence or paragraph: the first paragraph under `## What it does`
 * of its explanation, lines joined (a removed or deprecated rule puts a section before it); else
 * the summary.
 */
export function ruffRulePurpose(rule: RuffRule): string {
  const section = /(?:^|\n)## What it does[ \t]*\n+([\s\S]*?)(?:\n[ \t]*\n|\n#|$)/.exec(rule.explanation);
  const paragraph = section?.[1]
    .split('\n')
    .map((line) => line.trim())
    .join(' ')
    .trim();
  return paragraph || rule.summary;
}

import type { LintRule, Provenance } from '../diagnostic';

const INTRO = `# \`nx lint\`: the validators

\`nx lint <integration>\` (and \`nx run-many -t lint\`, \`nx affected -t lint\`) checks every file an
integration author can get wrong and points at the exact place: each finding has a rule id, a
severity, the file, line and column, a message and a hint that says how to fix it. Errors fail
the target; warnings do not, unless \`--warningsAsErrors\`. All rules always run: none stops at
the first problem, and a user mistake is a finding, never a stack trace.

## Options

| option | default | what it does |
| --- | --- | --- |
| \`--format=human\\|json\\|sarif\\|github\` | \`human\` | human: grouped per file, colour in a terminal (\`NO_COLOR\` turns it off); json: an array of diagnostics; sarif: SARIF 2.1.0 for code scanning; github: GitHub Actions annotations |
| \`--fix\` | \`false\` | repairs what is safe first (byte order marks, CRLF line endings, spaces around metadata.csv fields, upper-case metric types, empty trailing columns, blank lines of a rewritten metadata.csv, the final new line of requirements.txt) and prints what changed; nothing else is ever rewritten |
| \`--warningsAsErrors\` | \`false\` | fails the target on warnings too |
| \`--python\` | \`true\` | also runs ruff from the integration's \`.venv\` (made by \`setup\`); its findings are \`python/<code>\` diagnostics |

## Many integrations, one process

The executor has an Nx batch implementation that Nx prefers (\`preferBatch\`): \`nx run-many -t
lint\` runs every lint task in one Node process, with one ruff process over all their Python
code, and still reports, caches and fails each integration on its own. \`--batch=false\` (or
\`NX_BATCH_MODE=false\`) runs one task at a time instead. \`tools/bench/lint-corpus.ts\` measures
both on a real-world corpus, against \`ddev validate\`.

## Rules
`;

const PROVENANCE: Record<Provenance, string> = { upstream: 'upstream', 'beyond-upstream': 'beyond upstream', advice: 'advice' };

/**
 * The severity policy, one line per rule: where its verdict comes from (the \`ddev validate\`
 * check, the evidence of a defect upstream misses, or why it is only advice) and its severity.
 */
export function renderPolicyTable(rules: readonly LintRule[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = rules.map((r) => {
    const severity = r.policy.provenance === 'advice' ? 'warning' : r.policy.advicePart ? `error; warning for ${cell(r.policy.advicePart)}` : 'error';
    return `| \`${r.id}\` | ${PROVENANCE[r.policy.provenance]} | ${severity} | ${cell(r.policy.basis)} |`;
  });
  return [
    '### Severity policy',
    '',
    "Every rule states where its verdict comes from. **upstream**: a `ddev validate` check (or Datadog's test helpers) rejects the same thing, so Datadog's CI fails on it: an error. **beyond upstream**: a real defect that upstream misses, with the evidence that something breaks: an error. **advice**: the guide's conventions and style: a warning, which `--warningsAsErrors` promotes.",
    '',
    '| rule | provenance | severity | basis |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The rules' documentation page, generated from the rules themselves so it cannot drift. */
export function renderRuleDocs(rules: readonly LintRule[]): string {
  const groups = new Map<string, LintRule[]>();
  for (const rule of rules) {
    const group = rule.id.split('/')[0];
    groups.set(group, [...(groups.get(group) ?? []), rule]);
  }
  const sections = [...groups].map(([group, members]) => [`### ${group}`, '', ...members.map((r) => `- **\`${r.id}\`**: ${r.description}`), ''].join('\n'));
  const policy = renderPolicyTable(rules);
  const python = ['### python', '', '- **`python/<code>`**: a finding of ruff (pyflakes and pycodestyle codes as selected in `[tool.ruff]` of pyproject.toml), the guide\'s `rake lint` (flake8) rebuilt; **`python/ruff-failed`** when ruff cannot run.', ''].join('\n');
  return `${INTRO}\n${policy}\n${sections.join('\n')}\n${python}`;
}

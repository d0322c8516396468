import type { LintRule, Provenance } from '../lint-rule';
import { resolveSeverity } from '../policy/lint-policy';
import { EXTRAS_VALIDATORS } from '../policy/upstream-validators';
import { DEFAULT_LINT_POLICY } from '../run-rules';

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
| \`--fix\` | \`false\` | repairs what is safe first (byte order marks, CRLF line endings, spaces around metadata.csv fields, upper-case metric types, empty trailing columns, blank lines of a rewritten metadata.csv, the final new line of requirements.txt; with \`--python\`, \`ruff format\` and the safe fixes of \`ruff check --fix\`, as ddev's \`fmt\`) and prints what changed, one line per file; nothing else is ever rewritten |
| \`--warningsAsErrors\` | \`false\` | fails the target on warnings too |
| \`--strict\` | \`false\` | makes errors of the beyond-upstream findings (reported as warnings with their evidence otherwise) and of the rules of the upstream validators the repository's CI leaves off; what the generator makes passes it |
| \`--validators=<name>,...\` | the CI's selection | the \`ddev validate\` commands whose rules are errors (see [which validators decide](#which-validators-decide)) |
| \`--python\` | \`true\` | also lints the Python code as Datadog's CI does: \`ruff check\` and \`ruff format --check\` with the workspace's pinned ruff (no virtualenv, no \`setup\`; see [python](#python)); its findings are \`python/<code>\` and \`python/format\` diagnostics |

## Which validators decide

An adopted repository's lint fails the integrations its own CI fails, for the same reasons. An
upstream rule is an error when the repository's CI runs the \`ddev validate\` command that rejects
what it finds, and a warning that says so otherwise. The selection comes from, in this order:

1. the lint option \`validators\` (in nx.json's \`targetDefaults.lint.options\`, or \`--validators\`);
2. the repository's \`.github/workflows/validate.yml\`: the \`with:\` inputs set to \`true\` of the job
   that calls integrations-core's \`run-validations.yml\` (integrations-extras states its selection there);
3. else integrations-extras' selection: ci, codeowners, config, imports, integration-style,
   jmx-metrics, legacy-signature, metadata, models, package, readmes.

A workflow that cannot be parsed, or that names an input run-validations.yml does not have, gets one
warning with its file and line, and the default applies. \`nx lint <integration> --verbose\` prints
the selection in use and where it was found. The lint cache follows validate.yml.

## Many integrations, one process

The executor has an Nx batch implementation that Nx prefers (\`preferBatch\`): \`nx run-many -t
lint\` runs every lint task in one Node process, with ruff run in several integrations' folders
at a time, and still reports, caches and fails each integration on its own. \`--batch=false\` (or
\`NX_BATCH_MODE=false\`) runs one task at a time instead. \`tools/bench/lint-corpus.ts\` measures
both on a real-world corpus, against \`ddev validate\`.

## Rules
`;

const PROVENANCE: Record<Provenance, string> = {
  upstream: 'upstream',
  workspace: 'workspace',
  'beyond-upstream': 'beyond upstream',
  advice: 'advice',
};

/**
 * The severity policy, one line per rule: where its verdict comes from (the \`ddev validate\`
 * check, the evidence of a defect upstream misses, or why it is only advice) and its severity.
 */
export function renderPolicyTable(rules: readonly LintRule[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = rules.map((r) => {
    const policy = r.policy;
    const part = policy.advicePart ? `; warning for ${cell(policy.advicePart)}` : '';
    // The severity an error of the rule gets under the default selection, as lint resolves it.
    const severity =
      policy.provenance === 'advice'
        ? 'warning'
        : resolveSeverity(policy, 'error', DEFAULT_LINT_POLICY).severity === 'error'
          ? `error${part}`
          : `warning (error with strict)${part}`;
    const validator =
      policy.provenance !== 'upstream'
        ? ''
        : policy.validator === 'test'
          ? '`ddev test`'
          : `\`ddev validate ${policy.validator}\` (${DEFAULT_LINT_POLICY.validators.has(policy.validator) ? 'in' : 'not in'} the CI selection)`;
    return `| \`${r.id}\` | ${PROVENANCE[policy.provenance]} | ${validator} | ${severity} | ${cell(policy.basis)} |`;
  });
  return [
    '### Severity policy',
    '',
    "Every rule states where its verdict comes from. **upstream**: a `ddev validate` command (or `ddev test`) rejects the same thing: an error when the repository's CI runs that validator, else a warning that says so. **workspace**: this workspace's own files (ci/env.yaml), which its own targets refuse: an error. **beyond upstream**: a real defect that upstream misses: a warning with its evidence. **advice**: the guide's conventions and style: a warning. `--strict` (or the lint option `strict`) makes the beyond-upstream findings and the upstream validators the CI leaves off errors too; `--warningsAsErrors` fails on every warning.",
    '',
    `The severities below are those of the default selection, integrations-extras' \`.github/workflows/validate.yml\`: \`ddev validate\` ${EXTRAS_VALIDATORS.join(', ')}.`,
    '',
    '| rule | provenance | upstream validator | severity | basis |',
    '| --- | --- | --- | --- | --- |',
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
  const bullets = (members: readonly LintRule[]) => members.map((r) => `- **\`${r.id}\`**: ${r.description}`);
  // The python group's rules join ruff's findings under the one python heading, after them.
  const sections = [...groups]
    .filter(([group]) => group !== 'python')
    .map(([group, members]) => [`### ${group}`, '', ...bullets(members), ''].join('\n'));
  const policy = renderPolicyTable(rules);
  const python = [
    '### python',
    '',
    "The Python code is linted with ruff exactly as Datadog's CI lints it (the `lint` environment of ddev's hatch plugin, `ddev test --lint`): `ruff format --diff --check` and `ruff check`, run in the integration's folder over `.`, with the settings file named by `--config`. Every finding is an error, as it fails upstream CI.",
    '',
    '- **ruff 0.11.10**, the version ddev 20.1 pins, installed once per workspace from the package index into `.dd/tools/ruff-0.11.10/` (`python3 -m pip install --target`; parallel tasks wait for the first install). No virtualenv and no `setup` are needed. `DD_RUFF=<executable>` runs that ruff as it is instead.',
    "- **Settings**, chosen as ddev's `ruff_settings_dir` chooses them: the integration's own `pyproject.toml` when its text contains `[tool.ruff]`; else the nearest `pyproject.toml` with `[tool.ruff]` in the parent folders, up to and including the workspace root (in integrations-extras the integration's parent is the repository root: the very file ddev takes); else `ruff-baseline.toml`, shipped with the plugin: the `[tool.ruff]` settings of integrations-extras' root `pyproject.toml`. Since ruff runs in the integration's folder, the relative paths of the settings (`src`, hence which imports are first-party, and `per-file-ignores`) mean what they mean upstream. The lint cache follows the `pyproject.toml` of every parent folder and `DD_RUFF`.",
    '- **`python/<code>`**: a finding of `ruff check` (`python/F401`, `python/I001`, ...; `python/syntax-error` for a file ruff cannot parse).',
    '- **`python/format`**: a file `ruff format` would rewrite, at its first changed line, with the number of changes; `nx lint <project> --fix` formats it.',
    '- **`python/ruff-failed`**, at `pyproject.toml`: ruff could not run (it cannot be installed: no pip or no package index; `DD_RUFF` does not run; the settings are broken), with the reason and the fix (set `DD_RUFF`, or skip ruff with `--python=false`). The file rules still run.',
    "- **`--fix`** first runs ddev's `fmt`: `ruff format`, then `ruff check --fix` with safe fixes only (never `--unsafe-fixes`), and prints one line per changed file: `formatted <file> (ruff format)`, `fixed <file>: I001, UP032 (ruff check --fix)`.",
    '- Integrations without `pyproject.toml` or `setup.py` (tile-only) are not given to ruff.',
    '',
    ...(groups.has('python')
      ? [
          "Beside ruff, these rules read the check's Python code as `ddev validate` reads it (the `.py` files under `datadog_checks/`, without `vendor/` and `config_models/`, and `tests/*.py`):",
          '',
          ...bullets(groups.get('python')!),
          '',
        ]
      : []),
  ].join('\n');
  return `${INTRO}\n${policy}\n${sections.join('\n')}\n${python}`;
}

/**
 * Upstream's verdicts on a repository, read from what its CI runs: the validations its
 * `validate.yml` turns on, as `ddev validate all` reports them, and ruff as `ddev test --lint`
 * runs it. Pure: the bench feeds it text and compares the result with ours.
 */

/** The per-integration validations a repository's validate workflow turns on (`config: true`, ...). */
export function ciValidations(workflow: string): string[] {
  const out: string[] = [];
  let inWith = false;
  for (const line of workflow.split('\n')) {
    if (/^\s*with:\s*$/.test(line)) inWith = true;
    else if (inWith && /^\s*secrets:/.test(line)) inWith = false;
    const m = inWith ? /^\s+([a-z][a-z-]*):\s*true\s*(#.*)?$/.exec(line) : null;
    if (m) out.push(m[1]);
  }
  return out;
}

const RULE = /^─+\s+([a-z-]+)\s+─+$/;
const STATUS = /^\s*(ok|FAIL)\s+([a-z-]+)\s+\(/;

/**
 * Splits `ddev validate all` output into the validations that failed and, for each, the
 * integrations it fails. A heading `name:` counts when indented details follow it (a diff, the
 * fields refused); other unindented lines count for the integrations they name (a path
 * `/repo/name/...`, `for check name`). `Did not find spec file` is printed without failing outside
 * integrations-core, so it names nobody.
 */
export function parseValidateAll(output: string, integrations: readonly string[]): Map<string, Set<string>> {
  const known = new Set(integrations);
  const failed = new Set<string>();
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of output.split('\n')) {
    const status = STATUS.exec(line);
    if (status && status[1] === 'FAIL') failed.add(status[2]);
    const rule = RULE.exec(line.trim());
    if (rule) {
      current = rule[1];
      sections.set(current, []);
    } else if (current) sections.get(current)!.push(line);
  }
  const out = new Map<string, Set<string>>();
  for (const validation of failed) out.set(validation, failingIntegrations(sections.get(validation) ?? [], known));
  return out;
}

/**
 * The integrations one validation's output fails: a heading `name:` counts when indented details
 * follow it (a diff, the fields refused); other unindented lines count for the integrations they
 * name. `Did not find spec file` is printed without failing outside integrations-core.
 */
export function failingIntegrations(lines: readonly string[], known: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  let heading: string | undefined;
  for (const line of lines) {
    const head = /^([a-z0-9_]+):\s*$/.exec(line);
    if (head) heading = known.has(head[1]) ? head[1] : undefined;
    else if (/^\s{2,}\S/.test(line)) {
      if (heading) names.add(heading);
    } else if (!/^Did not find spec file/.test(line)) {
      for (const word of line.split(/[^a-z0-9_]+/)) if (known.has(word)) names.add(word);
    }
  }
  return names;
}

/** Verdicts by integration: the reasons it fails (empty: it passes). */
export type Verdicts = Map<string, string[]>;

export interface VerdictComparison {
  /** Both fail. */
  agree: string[];
  /** We fail, upstream passes: each must be a `beyond upstream` defect, with its reasons. */
  oursOnly: { name: string; reasons: string[] }[];
  /** Upstream fails, we pass: what we do not check (yet). */
  upstreamOnly: { name: string; reasons: string[] }[];
}

export function compareVerdicts(ours: Verdicts, upstream: Verdicts): VerdictComparison {
  const fails = (v: Verdicts, name: string) => (v.get(name)?.length ?? 0) > 0;
  const names = [...new Set([...ours.keys(), ...upstream.keys()])].sort();
  return {
    agree: names.filter((n) => fails(ours, n) && fails(upstream, n)),
    oursOnly: names
      .filter((n) => fails(ours, n) && !fails(upstream, n))
      .map((name) => ({ name, reasons: ours.get(name)! })),
    upstreamOnly: names
      .filter((n) => !fails(ours, n) && fails(upstream, n))
      .map((name) => ({ name, reasons: upstream.get(name)! })),
  };
}

/** The ruff settings file upstream uses for an integration (ddev's `ruff_settings_dir`). */
export function upstreamRuffSettings(integrationPyproject: string | undefined): 'own' | 'parent' {
  return integrationPyproject !== undefined && /\[tool\.ruff\]/.test(integrationPyproject) ? 'own' : 'parent';
}

import { parse } from 'smol-toml';

/** One environment of hatch.toml's default test matrix, as hatch generates it and `ddev test <check>:<name>` runs it. */
export interface HatchEnvironment {
  /** hatch's name for it: the values joined by `-`, the Python first as `py<version>` (`py3.13-5.18.0`). */
  name: string;
  /** The value of each matrix variable in this combination. */
  variables: Record<string, string>;
  /** `[envs.default] dependencies` and those the matrix overrides add. */
  dependencies: string[];
  /** `[envs.default.env-vars]`, then those the matrix overrides set for this combination. */
  envVars: Record<string, string>;
}

/** Something in hatch.toml that hatch refuses or that makes the matrix mean nothing, at its line. */
export interface HatchProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface HatchMatrix {
  /** Every combination, in hatch's order; one nameless environment (`default`) without a matrix. */
  environments: HatchEnvironment[];
  problems: HatchProblem[];
}

type Table = Record<string, unknown>;

const asTable = (value: unknown): Table =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {};

const PYTHON_VARIABLES = new Set(['py', 'python']);

/** A TOML value as hatch reads a string: strings and numbers as written, anything else undefined. */
function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** 1-based line of the first line matching, else 1. */
function lineOf(text: string, pattern: RegExp): number {
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? 1 : index + 1;
}

/** hatch's name part for one variable's value: the Python as `py<version>`, the others through `matrix-name-format`. */
function namePart(variable: string, value: string, format: string): string {
  if (PYTHON_VARIABLES.has(variable)) return value.startsWith('py') ? value : `py${value}`;
  return format.replace(/\{variable\}/g, variable).replace(/\{value\}/g, value);
}

/** The combinations of one matrix table, the Python variable first, as hatch takes the product. */
function combinations(table: Table): Record<string, string>[] {
  const variables = Object.keys(table).sort(
    (a, b) => Number(PYTHON_VARIABLES.has(b)) - Number(PYTHON_VARIABLES.has(a)),
  );
  let out: Record<string, string>[] = [{}];
  for (const variable of variables) {
    const values = (table[variable] as unknown[]).map(scalar).filter((v): v is string => v !== undefined);
    out = out.flatMap((combo) => values.map((value) => ({ ...combo, [variable]: value })));
  }
  return out;
}

/** The variables of a matrix table that are not lists of strings, which hatch refuses. */
function badVariables(table: Table): string[] {
  return Object.keys(table).filter((variable) => {
    const values = table[variable];
    return !Array.isArray(values) || values.some((value) => scalar(value) === undefined);
  });
}

/** The env-vars an override sets for a variable's value: `"KEY"`, `["KEY", ...]` or `[{ key, value?, if? }, ...]`. */
function overrideEnvVars(override: unknown, value: string): Record<string, string> {
  const entries = Array.isArray(override) ? override : [override];
  const out: Record<string, string> = {};
  for (const entry of entries) {
    if (typeof entry === 'string') out[entry] = value;
    else if (entry && typeof entry === 'object') {
      const { key, value: set, if: when } = entry as Table;
      if (typeof key !== 'string') continue;
      if (Array.isArray(when) && !when.map(scalar).includes(value)) continue;
      const given = set === undefined ? value : scalar(set);
      if (given !== undefined) out[key] = given;
    }
  }
  return out;
}

/** The dependencies an override adds for a variable's value: `["dep", ...]` or `[{ value, if? }, ...]`. */
function overrideDependencies(override: unknown, value: string): string[] {
  const entries = Array.isArray(override) ? override : [override];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const { value: dep, if: when } = asTable(entry);
    if (typeof dep !== 'string') return [];
    return Array.isArray(when) && !when.map(scalar).includes(value) ? [] : [dep];
  });
}

/**
 * Reads hatch.toml's default environment as hatch and ddev run it: every combination of its
 * matrix, named as hatch names it, with the env-vars and dependencies of `[envs.default]` and of
 * the `matrix.<variable>` overrides that apply to it. A file that is not TOML, a matrix that yields
 * no environment, or an override of a variable no matrix has is a problem at its line.
 */
export function readHatchMatrix(text: string | undefined): HatchMatrix {
  if (text === undefined) return { environments: [defaultEnvironment({})], problems: [] };
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    return {
      environments: [],
      problems: [
        {
          line: e.line ?? 1,
          column: e.column ?? 1,
          message: `hatch.toml is not valid TOML: ${e.message.split('\n')[0]}`,
          hint: 'fix the TOML syntax: hatch, and so ddev test, cannot read the file',
        },
      ],
    };
  }
  const env = asTable(asTable(doc.envs).default);
  const problems: HatchProblem[] = [];
  const format = typeof env['matrix-name-format'] === 'string' ? env['matrix-name-format'] : '{value}';
  const declared = Array.isArray(env.matrix) ? env.matrix.map(asTable) : [];
  declared.forEach((table, index) => {
    for (const variable of badVariables(table))
      problems.push({
        line: lineOf(text, new RegExp(`^\\s*${variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[=.]`)),
        column: 1,
        message: `the variable ${variable} of matrix #${index + 1} of [envs.default] is not a list of strings, which hatch refuses`,
        hint: `write it as a list of values, e.g. ${variable} = ["1.0", "2.0"]; a table under [[envs.default.matrix]] is a variable too (did a table header go missing?)`,
      });
  });
  // the variables hatch can use: a refused one is reported above, not taken into the names
  const tables = declared.map((table) => {
    const bad = badVariables(table);
    return Object.fromEntries(Object.entries(table).filter(([variable]) => !bad.includes(variable)));
  });
  const combos = tables.flatMap(combinations).filter((combo) => Object.keys(combo).length > 0);
  if (tables.length > 0 && combos.length === 0)
    problems.push({
      line: lineOf(text, /^\s*\[\[envs\.default\.matrix\]\]/),
      column: 1,
      message: 'the matrix of [envs.default] yields no environment: every variable needs at least one value',
      hint: 'give each variable of [[envs.default.matrix]] a list of values, e.g. python = ["3.13"]',
    });
  const overrides = asTable(asTable(env.overrides).matrix);
  const known = new Set(tables.flatMap((t) => Object.keys(t)));
  for (const variable of Object.keys(overrides))
    if (!known.has(variable))
      problems.push({
        line: lineOf(text, new RegExp(`matrix\\.${variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)),
        column: 1,
        message: `the override matrix.${variable} names a variable no matrix of [envs.default] has${known.size ? ` (it has ${[...known].join(', ')})` : ''}`,
        hint: `rename the override to one of the matrix variables, or add ${variable} to [[envs.default.matrix]]`,
      });
  const environments = (combos.length > 0 ? combos : [{}]).map((combo) => {
    const environment = defaultEnvironment(env, combo, format);
    for (const [variable, value] of Object.entries(combo)) {
      const override = asTable(overrides[variable]);
      Object.assign(environment.envVars, overrideEnvVars(override['env-vars'], value));
      environment.dependencies.push(...overrideDependencies(override.dependencies, value));
    }
    return environment;
  });
  return { environments, problems };
}

function defaultEnvironment(env: Table, combo: Record<string, string> = {}, format = '{value}'): HatchEnvironment {
  const dependencies = (Array.isArray(env.dependencies) ? env.dependencies : []).filter(
    (d): d is string => typeof d === 'string',
  );
  const envVars: Record<string, string> = {};
  for (const [key, value] of Object.entries(asTable(env['env-vars']))) {
    const text = scalar(value);
    if (text !== undefined) envVars[key] = text;
  }
  const parts = Object.entries(combo).map(([variable, value]) => namePart(variable, value, format));
  return { name: parts.length > 0 ? parts.join('-') : 'default', variables: combo, dependencies, envVars };
}

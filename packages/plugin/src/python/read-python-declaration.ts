import { parse } from 'smol-toml';
import type { PythonDeclaration } from './choose-python';

function parseToml(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    return parse(text) as Record<string, unknown>;
  } catch {
    return {}; // lint reports a broken file at its line; the virtualenv falls back to the defaults
  }
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The Pythons an integration declares: hatch.toml's default test matrix and pyproject's requires-python. */
export function readPythonDeclaration(files: { hatchToml?: string; pyprojectToml?: string }): PythonDeclaration {
  const matrix = asRecord(asRecord(parseToml(files.hatchToml).envs).default).matrix;
  const hatchPythons = (Array.isArray(matrix) ? matrix : [])
    .flatMap((entry) => {
      const python = asRecord(entry).python;
      return Array.isArray(python) ? python : [];
    })
    .map(String)
    .filter((v) => /^\d+\.\d+$/.test(v));
  const requires = asRecord(parseToml(files.pyprojectToml).project)['requires-python'];
  return {
    hatchPythons: [...new Set(hatchPythons)],
    ...(typeof requires === 'string' ? { requiresPython: requires } : {}),
  };
}

/**
 * The extras a virtualenv installs the integration with: `deps` when pyproject.toml declares
 * it, as integrations-extras and -core do for a check's own requirements (hatch installs them).
 */
export function readInstallExtras(pyprojectToml: string | undefined): string[] {
  const optional = asRecord(asRecord(parseToml(pyprojectToml).project)['optional-dependencies']);
  return 'deps' in optional ? ['deps'] : [];
}

/** What hatch.toml's default environment adds to a test run: packages, and variables. */
export interface HatchEnvironment {
  /** `[envs.default] dependencies`: test-only packages. */
  dependencies: string[];
  /** `[envs.default.env-vars]`, then the matrix overrides that apply to its first combination. */
  envVars: Record<string, string>;
}

/**
 * Reads hatch.toml's default environment as Datadog's tooling uses it. Of a matrix, the first
 * combination is taken (the first value of each variable), as one run of the tests does.
 */
export function readHatchEnvironment(hatchToml: string | undefined): HatchEnvironment {
  const env = asRecord(asRecord(parseToml(hatchToml).envs).default);
  const dependencies = (Array.isArray(env.dependencies) ? env.dependencies : []).filter(
    (d): d is string => typeof d === 'string',
  );
  const envVars: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(env['env-vars']))) envVars[key] = String(value);
  const matrix = Array.isArray(env.matrix) ? asRecord(env.matrix[0]) : {};
  const overrides = asRecord(asRecord(env.overrides).matrix);
  for (const [variable, override] of Object.entries(overrides)) {
    const values = matrix[variable];
    const first = Array.isArray(values) ? String(values[0]) : undefined;
    const entries = asRecord(override)['env-vars'];
    for (const entry of Array.isArray(entries) ? entries : []) {
      const { key, value, if: when } = asRecord(entry);
      if (typeof key !== 'string' || value === undefined) continue;
      if (Array.isArray(when) && (first === undefined || !when.map(String).includes(first))) continue;
      envVars[key] = String(value);
    }
  }
  return { dependencies, envVars };
}

import { parse } from 'smol-toml';
import type { PythonDeclaration } from './choose-python';
import { readHatchMatrix, type HatchEnvironment } from './hatch-matrix';

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
  const hatchPythons = readHatchMatrix(files.hatchToml)
    .environments.map((e) => e.variables.python ?? e.variables.py)
    .filter((v): v is string => v !== undefined && /^\d+\.\d+$/.test(v));
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
export type HatchTestAdditions = Pick<HatchEnvironment, 'dependencies' | 'envVars'>;

/**
 * Reads hatch.toml's default environment as Datadog's tooling uses it: the first combination of
 * its matrix, as one run of the tests takes it.
 */
export function readHatchEnvironment(hatchToml: string | undefined): HatchTestAdditions {
  const [first] = readHatchMatrix(hatchToml).environments;
  return { dependencies: first?.dependencies ?? [], envVars: first?.envVars ?? {} };
}

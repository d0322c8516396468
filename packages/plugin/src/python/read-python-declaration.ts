import { parse } from 'smol-toml';
import type { PythonDeclaration } from './choose-python';

function parseToml(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    return parse(text) as Record<string, unknown>;
  } catch {
    return {}; // lint reports a broken file at its line; the environment falls back to the defaults
  }
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

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
  return { hatchPythons: [...new Set(hatchPythons)], ...(typeof requires === 'string' ? { requiresPython: requires } : {}) };
}

/**
 * The extras an environment installs the integration with: `deps` when pyproject.toml declares
 * it, as integrations-extras and -core do for a check's own requirements (hatch installs them).
 */
export function readInstallExtras(pyprojectToml: string | undefined): string[] {
  const optional = asRecord(asRecord(parseToml(pyprojectToml).project)['optional-dependencies']);
  return 'deps' in optional ? ['deps'] : [];
}

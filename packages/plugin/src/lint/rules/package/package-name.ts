import { parse } from 'smol-toml';
import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const PYPROJECT = 'pyproject.toml';

/** The `[project]` table of pyproject.toml, or undefined when the file is absent or invalid. */
export function readProjectTable(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const project = (parse(text) as Record<string, unknown>).project;
    return project && typeof project === 'object' ? (project as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** 1-based line of the first line matching, or 1. */
export function lineMatching(text: string, pattern: RegExp): number {
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  return index < 0 ? 1 : index + 1;
}

export const packageNameRule: LintRule = {
  id: 'package/name',
  policy: {
    provenance: 'upstream',
    validator: 'package',
    basis: '`ddev validate package` (`The name in pyproject.toml ... must be: datadog-<name>`)',
  },
  description:
    'pyproject.toml is valid TOML and names the package `datadog-<name>` (the folder name with `_` written as `-`): the Agent installs integrations by that name (`datadog-agent integration install datadog-<name>`). Bad: `name = "my_integration"`. Good: `name = "datadog-my-integration"`. Fix: correct `name` in [project].',
  check: (context) => {
    const text = context.files[PYPROJECT];
    if (text === undefined) return [];
    try {
      parse(text);
    } catch (error) {
      const e = error as { line?: number; column?: number; message: string };
      return [
        report(
          PYPROJECT,
          { line: e.line ?? 1, column: e.column ?? 1 },
          `pyproject.toml is not valid TOML: ${e.message.split('\n')[0]}`,
          'fix the TOML syntax',
        ),
      ];
    }
    const expected = `datadog-${context.module.replace(/_/g, '-')}`;
    const name = readProjectTable(text)?.name;
    if (name === expected) return [];
    const at = { line: lineMatching(text, /^\s*name\s*=/), column: 1 };
    return [
      report(
        PYPROJECT,
        at,
        name === undefined ? `[project] has no name` : `package name '${String(name)}' should be '${expected}'`,
        `set name = "${expected}" in [project]`,
      ),
    ];
  },
};

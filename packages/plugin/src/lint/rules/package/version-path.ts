import { parse } from 'smol-toml';
import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { lineMatching, PYPROJECT } from './package-name';

/** `tool.hatch.version.path` of a pyproject.toml, '' when absent (as ddev reads it); undefined when the TOML is invalid. */
export function hatchVersionPath(text: string): unknown {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const at = (value: unknown, key: string): unknown =>
    value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return at(at(at(doc.tool, 'hatch'), 'version'), 'path') ?? '';
}

export const packageVersionPathRule: LintRule = {
  id: 'package/version-path',
  policy: {
    provenance: 'upstream',
    validator: 'package',
    basis:
      '`ddev validate package` (``The field `tool.hatch.version.path` in <check>/pyproject.toml must be set to: datadog_checks/<package>/__about__.py``)',
  },
  description:
    'pyproject.toml tells hatch where the version lives: `[tool.hatch.version]` with `path = "datadog_checks/<package>/__about__.py"`, the file that holds `__version__`. The package is built with that version, and `ddev validate package` rejects any other path, or none. Bad: no `[tool.hatch.version]` table, or `path = "datadog_checks/foo/version.py"`. Good: `[tool.hatch.version]` then `path = "datadog_checks/foo/__about__.py"`. Fix: set the path in pyproject.toml.',
  check: (context) => {
    const text = context.files[PYPROJECT];
    if (text === undefined) return [];
    const path = hatchVersionPath(text);
    // Invalid TOML is package/name's finding.
    const expected = `datadog_checks/${context.module}/__about__.py`;
    if (path === undefined || path === expected) return [];
    const table = lineMatching(text, /^\s*\[tool\.hatch\.version\]/);
    const line =
      path === ''
        ? table
        : lineMatching(
            text
              .split('\n')
              .slice(table - 1)
              .join('\n'),
            /^\s*path\s*=/,
          ) +
          table -
          1;
    return [
      report(
        PYPROJECT,
        { line, column: 1 },
        `The field \`tool.hatch.version.path\` in ${context.name}/pyproject.toml must be set to: ${expected}${path === '' ? ' (it is not set)' : ` (it is '${String(path)}')`}`,
        `write \`[tool.hatch.version]\` with \`path = "${expected}"\` in pyproject.toml`,
      ),
    ];
  },
};

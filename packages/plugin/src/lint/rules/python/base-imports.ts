import { isConfigModel } from '../../integration-layout';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { pythonLines } from './python-source';

/** The files `ddev validate imports` reads: the Python code under datadog_checks/ and tests/. */
const READ = /^(?:datadog_checks|tests)\/.*\.py$/;

/** ddev's test: a line that imports from `datadog_checks` but not from the base package, the check's own package or the dev package. */
export function isDeprecatedImport(line: string, folder: string): boolean {
  return (
    line.includes('import') &&
    line.includes('datadog_checks') &&
    !line.includes('datadog_checks.base') &&
    !line.includes(`datadog_checks.${folder}`) &&
    !line.includes('datadog_checks.dev')
  );
}

export const pythonBaseImportsRule: LintRule = {
  id: 'python/base-imports',
  policy: {
    provenance: 'upstream',
    validator: 'imports',
    basis:
      '`ddev validate imports` (`Validation failed: N deprecated imports found in M files`, `Detected deprecated import: ...`)',
  },
  description:
    "The Python code (under `datadog_checks/` and `tests/`) imports Datadog's shared code from the base package, `datadog_checks.base`, not from the modules that Agent 5 and the old `datadog-checks-base` exposed at the top of `datadog_checks` (`datadog_checks.checks`, `datadog_checks.utils`, ...). As `ddev validate imports` does, a line is reported when it contains `import` and `datadog_checks` but neither `datadog_checks.base`, `datadog_checks.dev` nor `datadog_checks.<integration folder>`; the test is on the line's text, so a comment counts too. Bad: `from datadog_checks.checks import AgentCheck`. Good: `from datadog_checks.base import AgentCheck`. Fix: write `datadog_checks.base` for `datadog_checks` in the import (`ddev validate imports --autofix` does it).",
  check: (context) => {
    // ddev validates the imports of integrations: folders with a manifest.json.
    if (!context.exists('manifest.json')) return [];
    const out: Finding[] = [];
    for (const path of Object.keys(context.files)
      .filter((p) => READ.test(p) && !isConfigModel(p))
      .sort()) {
      pythonLines(context.files[path]).forEach((line, index) => {
        if (!isDeprecatedImport(line, context.name)) return;
        out.push(
          report(
            path,
            { line: index + 1, column: line.indexOf('datadog_checks') + 1 },
            `deprecated import: \`${line.trim()}\` does not import from datadog_checks.base`,
            'import from datadog_checks.base instead (ddev validate imports --autofix rewrites datadog_checks as datadog_checks.base)',
          ),
        );
      });
    }
    return out;
  },
};

import type { Diagnostic } from '../diagnostics/diagnostic';
import type { FormatChange } from './parse-format-diff';

/** A file `ruff format` would rewrite, at its first changed line: Datadog's CI fails on it. */
export function formatChangeDiagnostic(change: FormatChange, project: string): Diagnostic {
  const changes = `${change.hunks} change${change.hunks === 1 ? '' : 's'}`;
  return {
    ruleId: 'python/format',
    severity: 'error',
    file: change.file,
    line: change.line,
    column: 1,
    message: `ruff format would reformat this file (${changes})`,
    hint: `nx lint ${project} --fix formats it`,
  };
}

/** ruff could not lint the integration; `problem` says why, `hint` how to fix it. */
export function ruffFailedDiagnostic(problem: string, hint: string): Diagnostic {
  return {
    ruleId: 'python/ruff-failed',
    severity: 'error',
    file: 'pyproject.toml',
    line: 1,
    column: 1,
    message: `ruff could not run: ${problem}`,
    hint,
  };
}

import type { LintFormat } from '../../../lint/format/format-diagnostics';
import type { LintExecutorSchema } from '../schema';

/** Defaults of the lint executor's options: schema.json states the same values (a test checks it). */
export const LINT_DEFAULTS = {
  format: 'human' as LintFormat,
  fix: false,
  warningsAsErrors: false,
  python: true,
  strict: false,
};

export interface NormalizedLintOptions {
  format: LintFormat;
  fix: boolean;
  warningsAsErrors: boolean;
  python: boolean;
  /** Beyond-upstream findings, and the validators the CI leaves off, are errors. */
  strict: boolean;
  /** The validators whose rules are errors, as the option names them; absent: the repository's CI selection. */
  validators?: string[];
  /** `nx lint --verbose` (Nx sets NX_VERBOSE_LOGGING): print the selection of validators in use and where it was found. */
  verbose: boolean;
  /** Colour human output: a terminal or FORCE_COLOR (which Nx sets for its tasks), unless NO_COLOR. */
  color: boolean;
  /** `DD_RUFF`: a ruff executable to use instead of the workspace's own. */
  ruff?: string;
  /** `DD_CHECKS_DEV`: a folder holding datadog-checks-dev and PyYAML, put on PYTHONPATH instead of the workspace's own. */
  checksDev?: string;
}

/** Fills every option once; `terminal` describes where the output goes (the environment is read here and nowhere else). */
export function normalizeLintOptions(
  options: LintExecutorSchema,
  terminal: { isTTY: boolean; env: Record<string, string | undefined>; verbose?: boolean },
): NormalizedLintOptions {
  const forced = terminal.env.FORCE_COLOR !== undefined && terminal.env.FORCE_COLOR !== '0';
  return {
    format: options.format ?? LINT_DEFAULTS.format,
    fix: options.fix ?? LINT_DEFAULTS.fix,
    warningsAsErrors: options.warningsAsErrors ?? LINT_DEFAULTS.warningsAsErrors,
    python: options.python ?? LINT_DEFAULTS.python,
    strict: options.strict ?? LINT_DEFAULTS.strict,
    ...(options.validators ? { validators: options.validators } : {}),
    verbose: terminal.verbose === true || terminal.env.NX_VERBOSE_LOGGING === 'true',
    color: terminal.env.NO_COLOR === undefined && (forced || terminal.isTTY),
    ...(terminal.env.DD_RUFF ? { ruff: terminal.env.DD_RUFF } : {}),
    ...(terminal.env.DD_CHECKS_DEV ? { checksDev: terminal.env.DD_CHECKS_DEV } : {}),
  };
}

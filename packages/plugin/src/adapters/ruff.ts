import type { Diagnostic } from '../diagnostics/diagnostic';
import { parseFormatDiff, type FormatChange } from '../ruff/parse-format-diff';
import { listSafeFixes, splitRuffFindings } from '../ruff/parse-ruff-check';
import { onlyUnparsableFiles, summarizeRuffErrors } from '../ruff/read-ruff-errors';
import type { RuffFixes } from '../ruff/render-ruff-fix-notes';
import {
  ruffCheckCommand,
  ruffFixCommand,
  ruffFormatCheckCommand,
  ruffFormatCommand,
  type RuffRun,
} from '../ruff/ruff-commands';
import { formatChangeDiagnostic, ruffFailedDiagnostic } from '../ruff/ruff-diagnostics';
import type { ProcessCommand } from '../commands/process-command';
import { ProcessError, runProcess, type ProcessResult } from './run-process';

/** ruff exited with an error of its own (bad settings, a crash): the command and what it said. */
export class RuffFailedError extends Error {
  override readonly name = 'RuffFailedError';
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly reason: string,
  ) {
    super(`\`${command}\` exited with code ${exitCode}: ${reason || 'no output'}`);
  }
}

async function runRuff(command: ProcessCommand, exitCodes: readonly number[]): Promise<ProcessResult> {
  const result = await runProcess(command);
  const formatting = command.args[0] === 'format';
  if (
    exitCodes.includes(result.exitCode) ||
    (formatting && result.exitCode === 2 && onlyUnparsableFiles(result.stderr))
  )
    return result;
  const shown = `ruff ${command.args.filter((arg) => arg !== '--no-cache').join(' ')}`;
  throw new RuffFailedError(shown, result.exitCode, summarizeRuffErrors(result.stderr));
}

/** The files `ruff format` would rewrite. */
async function formatChanges(run: RuffRun): Promise<FormatChange[]> {
  return parseFormatDiff((await runRuff(ruffFormatCheckCommand(run), [0, 1])).stdout);
}

/**
 * Lints one integration as Datadog's CI does: `ruff check`, and `ruff format --check` with a
 * `python/format` finding per file it would rewrite. A ruff that fails or cannot start is one
 * `python/ruff-failed` finding.
 */
export async function lintWithRuff(run: RuffRun, project: string): Promise<Diagnostic[]> {
  try {
    const check = await runRuff(ruffCheckCommand(run), [0]);
    const findings = splitRuffFindings([run.folder], check.stdout).get(run.folder) ?? [];
    return [...findings, ...(await formatChanges(run)).map((change) => formatChangeDiagnostic(change, project))];
  } catch (error) {
    if (!(error instanceof RuffFailedError || error instanceof ProcessError)) throw error;
    return [
      ruffFailedDiagnostic(
        error.message,
        `check the ruff settings in ${run.config}; the command, run in ${run.folder}, shows ruff's whole message`,
      ),
    ];
  }
}

/**
 * `--fix` as ddev's `fmt`: `ruff format`, then `ruff check --fix` (safe fixes only). What each
 * step changes is read first from the same command without the fix. A ruff that fails changes
 * nothing more: the lint that follows reports it.
 */
export async function fixWithRuff(run: RuffRun): Promise<RuffFixes> {
  const fixes: RuffFixes = { formatted: [], fixed: [] };
  try {
    const formatted = (await formatChanges(run)).map((change) => change.file);
    if (formatted.length > 0) await runRuff(ruffFormatCommand(run), [0]);
    fixes.formatted = formatted;
    const planned = listSafeFixes(run.folder, (await runRuff(ruffCheckCommand(run), [0])).stdout);
    if (planned.length > 0) await runRuff(ruffFixCommand(run), [0]);
    fixes.fixed = planned;
  } catch (error) {
    if (!(error instanceof RuffFailedError || error instanceof ProcessError)) throw error;
  }
  return fixes;
}

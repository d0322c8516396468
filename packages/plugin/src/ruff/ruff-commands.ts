import type { ProcessCommand } from '../commands/process-command';

/** One ruff run over one integration: which ruff, where, with which settings file. */
export interface RuffRun {
  ruff: string;
  /** The integration's folder: ruff runs in it, over `.`. */
  folder: string;
  /** The settings file, given as `--config`. */
  config: string;
}

/** Plain output whatever the terminal: Nx sets FORCE_COLOR for its tasks, and ruff would colour its diff. */
const PLAIN = { NO_COLOR: '1', FORCE_COLOR: undefined, CLICOLOR_FORCE: undefined };

/**
 * As ddev's lint environment runs ruff: in the integration's folder, over `.`, with the settings
 * file named (ruff then resolves the relative paths of the settings, `src` included, against
 * that folder, which decides e.g. which imports are first-party). No cache in the integration.
 */
function ruffCommand(run: RuffRun, args: readonly string[]): ProcessCommand {
  return {
    file: run.ruff,
    args: [...args, '--no-cache', '--config', run.config, '.'],
    cwd: run.folder,
    env: PLAIN,
    timeoutMs: 300_000,
  };
}

/** `ruff check`, findings as JSON; exit 0 with findings, non-zero only when ruff fails. */
export function ruffCheckCommand(run: RuffRun): ProcessCommand {
  return ruffCommand(run, ['check', '--output-format=json', '--exit-zero']);
}

/** `ruff format --check --diff`: exit 1 and a unified diff when a file would be reformatted. */
export function ruffFormatCheckCommand(run: RuffRun): ProcessCommand {
  return ruffCommand(run, ['format', '--check', '--diff']);
}

/** `ruff format`: rewrites the files (ddev's `fmt`, first step). */
export function ruffFormatCommand(run: RuffRun): ProcessCommand {
  return ruffCommand(run, ['format']);
}

/** `ruff check --fix`, safe fixes only (ddev's `fmt`, second step). */
export function ruffFixCommand(run: RuffRun): ProcessCommand {
  return ruffCommand(run, ['check', '--fix', '--no-unsafe-fixes', '--exit-zero', '--quiet']);
}

/** `ruff rule --all`: every rule of this ruff (code, name, summary, explanation) as JSON, for the rule docs of a report. */
export function ruffRulesCommand(ruff: string): ProcessCommand {
  return { file: ruff, args: ['rule', '--all', '--output-format=json'], env: PLAIN, timeoutMs: 60_000 };
}

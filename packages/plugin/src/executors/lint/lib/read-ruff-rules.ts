import type { ProcessCommand } from '../../../commands/process-command';
import { describeCommand, ProcessError, type ProcessResult } from '../../../adapters/run-process';
import { summarizeRuffErrors } from '../../../ruff/read-ruff-errors';
import { parseRuffRules, RuffRulesOutputError, type RuffRule } from '../../../ruff/parse-ruff-rules';
import { ruffRulesCommand } from '../../../ruff/ruff-commands';

/** What readRuffRules needs: the process runner (runProcess) and where to say that it failed. */
export interface ReadRuffRulesContext {
  run(command: ProcessCommand): Promise<ProcessResult>;
  log(line: string): void;
}

/**
 * Every rule of the ruff that linted, by code, from one `ruff rule --all` (about 1 MB of JSON,
 * some 20 ms): read once per lint run, so once per ruff version, and handed to the reports. A ruff
 * that cannot list its rules costs only the descriptions: one line says so, and the map is empty.
 */
export async function readRuffRules(ruff: string, context: ReadRuffRulesContext): Promise<Map<string, RuffRule>> {
  const command = ruffRulesCommand(ruff);
  const unlisted = (reason: string) => {
    context.log(`\`${describeCommand(command)}\` ${reason}: SARIF names ruff's rules without their descriptions`);
    return new Map<string, RuffRule>();
  };
  try {
    const result = await context.run(command);
    if (result.exitCode !== 0)
      return unlisted(`exited with code ${result.exitCode}: ${summarizeRuffErrors(result.stderr) || 'no output'}`);
    return parseRuffRules(result.stdout);
  } catch (error) {
    if (error instanceof ProcessError || error instanceof RuffRulesOutputError) return unlisted(error.message);
    throw error;
  }
}

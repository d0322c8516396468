import type { ProcessCommand } from '../../../commands/process-command';
import { ProcessError } from '../../../adapters/run-process';
import { readRuffRules } from './read-ruff-rules';

const RUFF = '/ws/.dd/tools/ruff-0.11.10/bin/ruff';

/** A runner that answers every command with `result`, or fails to start it, and records what it ran. */
function fakeRun(result: { stdout?: string; stderr?: string; exitCode?: number } | Error) {
  const ran: ProcessCommand[] = [];
  const run = async (command: ProcessCommand) => {
    ran.push(command);
    if (result instanceof Error) throw result;
    return { stdout: '', stderr: '', exitCode: 0, durationMs: 1, ...result };
  };
  return { ran, run };
}

describe('readRuffRules', () => {
  it("reads every rule from one run of ruff's rule list", async () => {
    const { ran, run } = fakeRun({
      stdout: '[{"code":"F401","name":"unused-import","summary":"s","explanation":"e"}]',
    });
    const lines: string[] = [];
    expect(await readRuffRules(RUFF, { run, log: (line) => lines.push(line) })).toEqual(
      new Map([['F401', { code: 'F401', name: 'unused-import', summary: 's', explanation: 'e' }]]),
    );
    expect(ran.map((c) => [c.file, ...c.args])).toEqual([[RUFF, 'rule', '--all', '--output-format=json']]);
    expect(lines).toEqual([]);
  });

  it.each([
    [
      'exits non-zero',
      { stderr: 'error: unrecognized subcommand\n', exitCode: 2 },
      'exited with code 2: error: unrecognized subcommand',
    ],
    ['prints no rule list', { stdout: 'ruff 0.0.1' }, "ruff's rule list is not JSON: "],
    ['does not start', new ProcessError(`${RUFF} rule: ENOENT`, RUFF, undefined, ''), `${RUFF} rule: ENOENT`],
  ])('says so in one line, and describes no rule, when ruff %s', async (_, result, reason) => {
    const lines: string[] = [];
    expect(await readRuffRules(RUFF, { run: fakeRun(result).run, log: (line) => lines.push(line) })).toEqual(new Map());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(reason);
    expect(lines[0]).toMatch(
      /^`\/ws\/.*\/ruff rule --all --output-format=json` .*: SARIF names ruff's rules without their descriptions$/,
    );
  });

  it('lets a defect through', async () => {
    const run = fakeRun(new TypeError('boom')).run;
    await expect(readRuffRules(RUFF, { run, log: () => undefined })).rejects.toThrow('boom');
  });
});

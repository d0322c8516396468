import {
  ruffCheckCommand,
  ruffFixCommand,
  ruffFormatCheckCommand,
  ruffFormatCommand,
  ruffRulesCommand,
} from './ruff-commands';

const run = {
  ruff: '/ws/.dd/tools/ruff-0.11.10/bin/ruff',
  folder: '/ws/integrations/foo',
  config: '/ws/pyproject.toml',
};

describe('ruff commands', () => {
  it.each([
    ['check', ruffCheckCommand, ['check', '--output-format=json', '--exit-zero']],
    ['format check', ruffFormatCheckCommand, ['format', '--check', '--diff']],
    ['format', ruffFormatCommand, ['format']],
    ['fix, never unsafe', ruffFixCommand, ['check', '--fix', '--no-unsafe-fixes', '--exit-zero', '--quiet']],
  ])('%s runs in the integration over `.` with the settings file named', (_, build, args) => {
    expect(build(run)).toMatchObject({
      file: run.ruff,
      args: [...args, '--no-cache', '--config', '/ws/pyproject.toml', '.'],
      cwd: '/ws/integrations/foo',
      env: { NO_COLOR: '1', FORCE_COLOR: undefined },
    });
  });

  it('lists every rule as JSON, once per run, in no particular folder', () => {
    expect(ruffRulesCommand(run.ruff)).toEqual({
      file: run.ruff,
      args: ['rule', '--all', '--output-format=json'],
      env: { NO_COLOR: '1', FORCE_COLOR: undefined, CLICOLOR_FORCE: undefined },
      timeoutMs: 60_000,
    });
  });
});

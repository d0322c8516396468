import { buildPytestCommand, dormantPluginArgs, explainPytestExit } from './pytest-command';

const input = {
  projectRoot: '/ws/integrations/x',
  venvDir: '/ws/integrations/x/.venv',
  reportDir: '/ws/dist/integrations/x/test/7.0',
  pluginPythonDir: '/ws/packages/plugin/python',
  unit: false,
  pytestArgs: [] as string[],
  env: { PYTHONPATH: '/elsewhere' },
  platform: 'linux' as const,
};

describe('buildPytestCommand', () => {
  it('runs pytest from the virtualenv with the metric recorder, JUnit XML and the plugin on PYTHONPATH', () => {
    const command = buildPytestCommand(input);
    expect(command.file).toBe('/ws/integrations/x/.venv/bin/python');
    expect(command.args).toEqual([
      '-m',
      'pytest',
      '-p',
      'dd_metric_coverage',
      '--dd-metric-coverage=/ws/dist/integrations/x/test/7.0/metric-coverage.json',
      '--junitxml=/ws/dist/integrations/x/test/7.0/junit.xml',
      '--color=yes',
      '--no-header',
      '-p',
      'no:ddtrace',
      '-p',
      'no:memray',
    ]);
    expect(command.env).toEqual({ PYTHONPATH: '/ws/packages/plugin/python:/elsewhere', PYTHONDONTWRITEBYTECODE: '1' });
  });

  it('selects unit tests with --unit and passes extra arguments last', () => {
    expect(buildPytestCommand({ ...input, unit: true, pytestArgs: ['-k', 'connect'] }).args.slice(-4)).toEqual([
      '-m',
      'unit',
      '-k',
      'connect',
    ]);
  });
});

describe('dormantPluginArgs', () => {
  it.each([
    [[], ['-p', 'no:ddtrace', '-p', 'no:memray']],
    [['--ddtrace'], ['-p', 'no:memray']],
    [['--memray', '--ddtrace-patch-all'], []],
    [['--memray-bin-path=/tmp'], ['-p', 'no:ddtrace']],
  ])('with %j leaves out %j', (args, expected) => {
    expect(dormantPluginArgs(args)).toEqual(expected);
  });
});

describe('explainPytestExit', () => {
  it.each([
    [0, undefined],
    [1, 'some tests failed'],
    [5, 'no tests were collected: add test_*.py files under tests/ (or check the -m / -k filters)'],
    [137, 'pytest exited with code 137'],
  ])('%d: %s', (code, expected) => {
    expect(explainPytestExit(code)).toBe(expected);
  });
});

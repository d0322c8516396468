import { readHatchMatrix } from './hatch-matrix';

const RUNDECK = [
  '[env.collectors.datadog-checks]',
  '',
  '[[envs.default.matrix]]',
  'python = ["3.13"]',
  'version = [',
  '    "5.18.0",   # current version',
  '    "5.0.0",',
  '    "3.0.14"',
  ']',
  '',
  '[envs.default.overrides]',
  'matrix.version.env-vars = "RUNDECK_VERSION"',
].join('\n');

const NEO4J = [
  '[[envs.default.matrix]]',
  'python = ["3.13"]',
  'version = ["4.4","5.x"]',
  '',
  '[envs.default.overrides]',
  'matrix.version.env-vars = [',
  '  { key = "NEO4J_IMAGE", value = "4.4", if = ["4.4"] },',
  '  { key = "NEO4J_IMAGE", value = "5.17", if = ["5.x"] },',
  ']',
  '',
  '[envs.default]',
  'e2e-env = false',
  'dependencies = ["neo4j"]',
].join('\n');

describe('readHatchMatrix', () => {
  it('names every combination as hatch does, and sets the variable an override names to its value', () => {
    const { environments, problems } = readHatchMatrix(RUNDECK);
    expect(problems).toEqual([]);
    expect(environments.map((e) => e.name)).toEqual(['py3.13-5.18.0', 'py3.13-5.0.0', 'py3.13-3.0.14']);
    expect(environments[1]).toEqual({
      name: 'py3.13-5.0.0',
      variables: { python: '3.13', version: '5.0.0' },
      dependencies: [],
      envVars: { RUNDECK_VERSION: '5.0.0' },
    });
  });

  it('applies each override entry where its `if` holds, after the env-vars and dependencies of [envs.default]', () => {
    const { environments } = readHatchMatrix(NEO4J);
    expect(environments.map((e) => [e.name, e.envVars, e.dependencies])).toEqual([
      ['py3.13-4.4', { NEO4J_IMAGE: '4.4' }, ['neo4j']],
      ['py3.13-5.x', { NEO4J_IMAGE: '5.17' }, ['neo4j']],
    ]);
  });

  it('puts the Python first, takes the product of several variables, and reads several matrices', () => {
    const text = [
      '[[envs.default.matrix]]',
      'version = ["1", "2"]',
      'python = ["3.12", "3.13"]',
      '[[envs.default.matrix]]',
      'python = ["3.13"]',
      'version = ["9"]',
      'tls = ["on"]',
      '[envs.default]',
      'matrix-name-format = "{variable}_{value}"',
    ].join('\n');
    expect(readHatchMatrix(text).environments.map((e) => e.name)).toEqual([
      'py3.12-version_1',
      'py3.12-version_2',
      'py3.13-version_1',
      'py3.13-version_2',
      'py3.13-version_9-tls_on',
    ]);
  });

  it('is one environment without a matrix, with the default env-vars', () => {
    const { environments } = readHatchMatrix('[envs.default.env-vars]\nFOO = "bar"\n');
    expect(environments).toEqual([{ name: 'default', variables: {}, dependencies: [], envVars: { FOO: 'bar' } }]);
    expect(readHatchMatrix(undefined).environments.map((e) => e.name)).toEqual(['default']);
  });

  it('reports a file that is not TOML at its line', () => {
    const { environments, problems } = readHatchMatrix('[[envs.default.matrix]]\npython = ["3.13"\n');
    expect(environments).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^hatch\.toml is not valid TOML: /) }),
    ]);
  });

  it('reports a matrix that yields no environment, and an override of a variable no matrix has', () => {
    const text = [
      '[[envs.default.matrix]]',
      'python = []',
      '',
      '[envs.default.overrides]',
      'matrix.versoin.env-vars = "V"',
    ].join('\n');
    expect(readHatchMatrix(text).problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('yields no environment') }),
      expect.objectContaining({
        line: 5,
        message: 'the override matrix.versoin names a variable no matrix of [envs.default] has (it has python)',
      }),
    ]);
  });

  it('reports a variable that is not a list of strings, as a lost [envs.default.overrides] header makes one, and reads on', () => {
    const text = [
      '[[envs.default.matrix]]',
      'python = ["3.13"]',
      'flavor = ["6.0", "7.0"]',
      '',
      'matrix.flavor.env-vars = [{ key = "DD_ENV_FLAVOR", value = "6.0", if = ["6.0"] }]',
    ].join('\n');
    const { environments, problems } = readHatchMatrix(text);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 5,
        message: 'the variable matrix of matrix #1 of [envs.default] is not a list of strings, which hatch refuses',
      }),
    ]);
    expect(environments.map((e) => e.name)).toEqual(['py3.13-6.0', 'py3.13-7.0']);
  });
});

import { choosePythonRequest, pickInterpreter, type Interpreter } from './choose-python';
import { readHatchEnvironment, readInstallExtras, readPythonDeclaration } from './read-python-declaration';
import { satisfiesSpecifier } from './version-specifier';

const v = (text: string) => {
  const [major, minor, patch] = text.split('.').map(Number);
  return { major: major!, minor: minor!, patch: patch ?? 0 };
};

describe('readPythonDeclaration', () => {
  it("reads hatch.toml's default matrix and pyproject's requires-python, as integrations-extras writes them", () => {
    const hatchToml =
      '[env.collectors.datadog-checks]\n\n[[envs.default.matrix]]\npython = ["3.12"]\nversion = ["7.2"]\n';
    const pyprojectToml = '[project]\nname = "datadog-ably"\nrequires-python = ">=3.11"\n';
    expect(readPythonDeclaration({ hatchToml, pyprojectToml })).toEqual({
      hatchPythons: ['3.12'],
      requiresPython: '>=3.11',
    });
  });

  it('reads nothing from absent or broken files', () => {
    expect(readPythonDeclaration({ hatchToml: '[[envs.default.matrix', pyprojectToml: undefined })).toEqual({
      hatchPythons: [],
    });
  });
});

describe('readInstallExtras', () => {
  it("installs a check's own requirements where Datadog's layout keeps them, the deps extra", () => {
    expect(
      readInstallExtras('[project]\nname = "x"\n[project.optional-dependencies]\ndeps = ["redis==2.10.5"]\n'),
    ).toEqual(['deps']);
    expect(readInstallExtras('[project]\nname = "x"\n')).toEqual([]);
    expect(readInstallExtras(undefined)).toEqual([]);
  });
});

describe('readHatchEnvironment', () => {
  it("takes the default environment's packages and variables, with the overrides of the matrix's first combination", () => {
    const hatchToml = [
      '[[envs.default.matrix]]',
      'python = ["3.12"]',
      'version = ["7.2", "8.0"]',
      '[envs.default]',
      'dependencies = ["grpcio", "grpcio-health-checking"]',
      '[envs.default.overrides]',
      'matrix.version.env-vars = [',
      '  { key = "AEROSPIKE_VERSION", value = "7.2.0.4", if = ["7.2"] },',
      '  { key = "AEROSPIKE_VERSION", value = "8.0.0.5", if = ["8.0"] },',
      '  { key = "COMPOSE", value = "docker-compose.yaml" },',
      ']',
      '[envs.default.env-vars]',
      'TOOLS_VERSION = "11.0.2"',
    ].join('\n');
    expect(readHatchEnvironment(hatchToml)).toEqual({
      dependencies: ['grpcio', 'grpcio-health-checking'],
      envVars: { TOOLS_VERSION: '11.0.2', AEROSPIKE_VERSION: '7.2.0.4', COMPOSE: 'docker-compose.yaml' },
    });
    expect(readHatchEnvironment(undefined)).toEqual({ dependencies: [], envVars: {} });
  });
});

describe('choosePythonRequest', () => {
  it.each([
    [{ hatchPythons: ['3.9', '3.12'] }, undefined, { kind: 'version', version: '3.12', orElsePython3: false }],
    [
      { hatchPythons: [], requiresPython: '>=3.8' },
      undefined,
      { kind: 'version', version: '3.13', orElsePython3: true },
    ],
    [{ hatchPythons: [], requiresPython: '>=3.9,<3.13' }, undefined, { kind: 'specifier', specifier: '>=3.9,<3.13' }],
    [{ hatchPythons: [] }, undefined, { kind: 'version', version: '3.13', orElsePython3: true }],
    [{ hatchPythons: ['3.12'] }, 'python3.11', { kind: 'command', command: 'python3.11' }],
  ] as const)('%j with override %s', (declaration, override, expected) => {
    expect(
      choosePythonRequest({ ...declaration, hatchPythons: [...declaration.hatchPythons] }, '3.13', override),
    ).toMatchObject(expected);
  });

  it('says why, in words setup prints', () => {
    expect(choosePythonRequest({ hatchPythons: ['3.12'] }, '3.13').why).toBe('hatch.toml tests it on Python 3.12');
    expect(choosePythonRequest({ hatchPythons: [], requiresPython: '<3.13' }, '3.13').why).toBe(
      'requires-python "<3.13" excludes the Agent\'s Python 3.13',
    );
  });
});

describe('pickInterpreter', () => {
  const found: Interpreter[] = [
    { path: '/usr/bin/python3.11', version: v('3.11.2') },
    { path: '/pyenv/3.11.7/bin/python3.11', version: v('3.11.7') },
    { path: '/pyenv/3.12.1/bin/python3.12', version: v('3.12.1') },
    { path: '/pyenv/3.13.0/bin/python3.13', version: v('3.13.0') },
  ];
  it('takes the newest interpreter of the asked minor version, or matching the specifier', () => {
    expect(pickInterpreter(found, { kind: 'version', version: '3.11', why: '', orElsePython3: false })?.path).toBe(
      '/pyenv/3.11.7/bin/python3.11',
    );
    expect(pickInterpreter(found, { kind: 'specifier', specifier: '>=3.9,<3.13', why: '' })?.path).toBe(
      '/pyenv/3.12.1/bin/python3.12',
    );
    expect(pickInterpreter(found, { kind: 'version', version: '3.1', why: '', orElsePython3: false })).toBeUndefined();
  });
});

describe('satisfiesSpecifier', () => {
  it.each([
    ['3.13.0', '>=3.8', true],
    ['3.13.0', '>=3.9,<3.13', false],
    ['3.12.1', '==3.12.*', true],
    ['3.13.0', '!=3.13.*', false],
    ['3.12.4', '~=3.12', true],
    ['3.13.0', '~=3.12.0', false],
    ['3.11.7', '>3.11', true],
    ['3.11.0', '>3.11', false],
  ])('%s against %s', (version, spec, expected) => {
    expect(satisfiesSpecifier(v(version), spec)).toBe(expected);
  });
});

import type { CreateNodesContextV2 } from '@nx/devkit';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createNodesV2, PROJECT_FILES_GLOB } from './plugin';
import { pluginInputs } from './targets/plugin-inputs';

/** A workspace on disk: the plugin reads which files an integration folder has. */
let root: string;
let context: CreateNodesContextV2;
function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}
const PYTHON_INTEGRATION = (name: string) => ({
  [`integrations/${name}/manifest.json`]: '{}',
  [`integrations/${name}/pyproject.toml`]: '[project]\n',
  [`integrations/${name}/tests/test_${name}.py`]: 'def test_x(): pass\n',
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dd-plugin-spec-'));
  context = { workspaceRoot: root, nxJsonConfiguration: {} };
  write({ ...PYTHON_INTEGRATION('redis'), ...PYTHON_INTEGRATION('nginx') });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createNodesV2', () => {
  it('looks at manifest.json and pyproject.toml files anywhere; the options decide which folders count', () => {
    expect(createNodesV2[0]).toBe(PROJECT_FILES_GLOB);
    expect(PROJECT_FILES_GLOB).toBe('**/{manifest.json,pyproject.toml,setup.py}');
  });

  it('infers a shared library with setup, test and ci, and no integration lint', async () => {
    const [, create] = createNodesV2;
    write({ 'libs/shared/pyproject.toml': '[project]\n' });
    const [[, result]] = await create(['libs/shared/pyproject.toml'], {}, context);
    const lib = result.projects!['libs/shared'];
    expect(lib.name).toBe('shared');
    expect(lib.tags).toEqual(['type:python-library', 'lang:python']);
    expect(Object.keys(lib.targets!)).toEqual(expect.arrayContaining(['setup', 'test', 'ci']));
    expect(lib.targets!.lint).toBeUndefined();
  });

  it('makes ci run lint, test and package, and the tests depend on the packages of dependencies, not their docs', async () => {
    const [, create] = createNodesV2;
    const [[, result]] = await create(['integrations/redis/manifest.json'], {}, context);
    const redis = result.projects!['integrations/redis'];
    expect(redis.targets!.ci.dependsOn).toEqual(['lint', 'test', 'package']);
    expect(redis.targets!.test.inputs).toContain('^python-package');
    expect(redis.namedInputs!['python-package']).toEqual(
      expect.arrayContaining(['{projectRoot}/**/*', '!{projectRoot}/README.md', '!{projectRoot}/tests/**/*']),
    );
  });

  it('infers one project per integration, named after its folder, with all targets described', async () => {
    const [, create] = createNodesV2;
    const results = await create(['integrations/redis/manifest.json', 'integrations/nginx/manifest.json'], {}, context);
    const projects = results.map(([file, result]) => [file, result.projects]);
    expect(projects.map(([file]) => file).sort()).toEqual([
      'integrations/nginx/manifest.json',
      'integrations/redis/manifest.json',
    ]);
    const redis = results.find(([file]) => file === 'integrations/redis/manifest.json')![1].projects![
      'integrations/redis'
    ];
    expect(redis.name).toBe('redis');
    expect(Object.keys(redis.targets!)).toEqual(expect.arrayContaining(['setup', 'lint', 'test', 'clean', 'ci']));
    for (const target of Object.values(redis.targets!)) {
      expect(target.metadata?.description).toEqual(expect.any(String));
    }
  });

  it('makes lint and test cached, test depending on setup, and setup and clean uncached', async () => {
    const [, create] = createNodesV2;
    const [[, result]] = await create(['integrations/redis/manifest.json'], {}, context);
    const targets = result.projects!['integrations/redis'].targets!;
    expect(targets.lint.cache).toBe(true);
    expect(targets.lint.dependsOn).toBeUndefined();
    expect(targets.lint.inputs).toEqual(
      expect.arrayContaining([
        '{workspaceRoot}/integrations/pyproject.toml',
        '{workspaceRoot}/pyproject.toml',
        { env: 'DD_RUFF' },
      ]),
    );
    expect(targets.test).toMatchObject({
      cache: true,
      dependsOn: ['setup'],
      outputs: ['{workspaceRoot}/dist/{projectRoot}/test'],
    });
    expect(targets.test.inputs).toContain('!{projectRoot}/README.md');
    expect(targets.lint.inputs).not.toContain('!{projectRoot}/README.md');
    expect(targets.setup.cache).toBe(false);
    expect(targets.clean.cache).toBe(false);
  });

  it("gives every lint target the plugin's strict and validators options, and none by default", async () => {
    const [, create] = createNodesV2;
    const [[, plain]] = await create(['integrations/redis/manifest.json'], {}, context);
    expect(plain.projects!['integrations/redis'].targets!.lint.options).toEqual({});
    const [[, strict]] = await create(
      ['integrations/redis/manifest.json'],
      { strict: true, validators: ['config', 'models'] },
      context,
    );
    expect(strict.projects!['integrations/redis'].targets!.lint.options).toEqual({
      strict: true,
      validators: ['config', 'models'],
    });
  });
});

describe('createNodesV2 with the options and kinds of a real repository', () => {
  const create = createNodesV2[1];
  const projectsOf = async (files: string[], options = {}) =>
    Object.fromEntries(
      (await create(files, options, context))
        .flatMap(([, result]) => Object.values(result.projects ?? {}))
        .map((p) => [p.name!, p]),
    );

  it('takes integrations at the repository root with `integrations: "*"`, and nothing nested', async () => {
    write({ 'ably/manifest.json': '{}', 'ably/assets/manifest.json': '{}', '.github/manifest.json': '{}' });
    const projects = await projectsOf(
      ['ably/manifest.json', 'ably/assets/manifest.json', '.github/manifest.json', 'integrations/redis/manifest.json'],
      { integrations: '*' },
    );
    expect(Object.keys(projects)).toEqual(['ably']);
  });

  it('gives a tile-only integration lint, and ci as lint alone, and says what it is', async () => {
    write({ 'statsig_rum/manifest.json': '{}', 'statsig_rum/README.md': '# Statsig\n' });
    const { statsig_rum: tile } = await projectsOf(['statsig_rum/manifest.json'], { integrations: '*' });
    expect(Object.keys(tile.targets!).sort()).toEqual(['ci', 'lint']);
    expect(tile.targets!.lint.dependsOn).toBeUndefined();
    expect(tile.targets!.ci.dependsOn).toEqual(['lint']);
    expect(tile.tags).toEqual(['type:integration', 'kind:tile']);
    expect(tile.metadata?.description).toMatch(/^Tile-only integration/);
  });

  it('gives test only to a package with tests, and the environment targets only with ci/env.yaml', async () => {
    write({ 'integrations/bare/manifest.json': '{}', 'integrations/bare/setup.py': '' });
    const { bare, redis } = await projectsOf(['integrations/bare/manifest.json', 'integrations/redis/manifest.json']);
    expect(Object.keys(bare.targets!).sort()).toEqual([
      'ci',
      'clean',
      'lint',
      'nx-release-publish',
      'package',
      'setup',
    ]);
    expect(bare.targets!.ci.dependsOn).toEqual(['lint', 'package']);
    expect(bare.tags).toEqual(['type:integration', 'kind:python', 'lang:python']);
    expect(Object.keys(redis.targets!)).not.toContain('install');
    write({ 'integrations/redis/ci/env.yaml': 'flavors:\n  "7.0": {}\nservices:\n  redis: { image: "redis:7.0" }\n' });
    const again = await projectsOf(['integrations/redis/manifest.json']);
    expect(Object.keys(again.redis.targets!)).toEqual(
      expect.arrayContaining(['install', 'before-script', 'cleanup', 'check', 'test--7.0']),
    );
  });

  it("makes each environment of hatch.toml's matrix a flavor task, named as ddev names it; ci/env.yaml wins", async () => {
    const hatch =
      '[[envs.default.matrix]]\npython = ["3.13"]\nversion = ["5.18.0", "4.0.0"]\n\n[envs.default.overrides]\nmatrix.version.env-vars = "RUNDECK_VERSION"\n';
    write({ 'integrations/redis/hatch.toml': hatch });
    const { redis } = await projectsOf(['integrations/redis/manifest.json']);
    expect(Object.keys(redis.targets!)).toEqual(
      expect.arrayContaining(['test', 'test--py3.13-5.18.0', 'test--py3.13-4.0.0']),
    );
    expect(Object.keys(redis.targets!)).not.toContain('install');
    expect(redis.targets!['test--py3.13-4.0.0'].options).toEqual({ flavorTask: 'py3.13-4.0.0', flavorSource: 'hatch' });
    expect(redis.targets!.test.dependsOn).toEqual([
      { target: 'test--py3.13-5.18.0', params: 'forward' },
      { target: 'test--py3.13-4.0.0', params: 'forward' },
    ]);
    write({ 'integrations/redis/ci/env.yaml': 'flavors:\n  "7.0": {}\nservices:\n  redis: { image: "redis:7.0" }\n' });
    const again = await projectsOf(['integrations/redis/manifest.json']);
    expect(Object.keys(again.redis.targets!).filter((t) => t.startsWith('test--'))).toEqual(['test--7.0']);
  });

  it('groups the targets for Nx Console and the graph view, listing only those the project has', async () => {
    write({
      'integrations/redis/ci/env.yaml': 'flavors:\n  "7.0": {}\nservices:\n  redis: { image: "redis:7.0" }\n',
      'ably/manifest.json': '{}',
    });
    const { redis } = await projectsOf(['integrations/redis/manifest.json']);
    expect(redis.metadata?.targetGroups).toEqual({
      Validation: ['lint'],
      'Python environment': ['setup', 'clean'],
      Tests: ['test', 'test--7.0'],
      'Test environments (Docker)': ['install', 'before-script', 'check', 'cleanup'],
      Release: ['package', 'nx-release-publish'],
      CI: ['ci'],
    });
    const { ably } = await projectsOf(['ably/manifest.json'], { integrations: '*' });
    expect(ably.metadata?.targetGroups).toEqual({ Validation: ['lint'], CI: ['ci'] });
  });

  it('names every target as the options say, dependencies included', async () => {
    write({ 'integrations/redis/ci/env.yaml': 'flavors:\n  "7.0": {}\nservices:\n  redis: { image: "redis:7.0" }\n' });
    const { redis } = await projectsOf(['integrations/redis/manifest.json'], {
      setupTargetName: 'py-setup',
      lintTargetName: 'dd-lint',
      testTargetName: 'pytest',
      ciTargetName: 'dd-ci',
      packageTargetName: 'wheel',
    });
    expect(Object.keys(redis.targets!)).toEqual(
      expect.arrayContaining(['py-setup', 'dd-lint', 'pytest', 'pytest--7.0', 'dd-ci', 'wheel']),
    );
    expect(redis.targets!['pytest--7.0'].dependsOn).toEqual(['py-setup']);
    expect(redis.targets!['dd-ci'].dependsOn).toEqual(['dd-lint', 'pytest', 'wheel']);
    expect(Object.keys(redis.targets!)).not.toContain('lint');
  });

  it("counts a Python package without a manifest as an integration, as Datadog's tooling does", async () => {
    write({
      'warpstream/pyproject.toml': '[project]\n',
      'warpstream/tests/test_unit.py': '',
      'fluxcd/README.md': '# moved\n',
    });
    const projects = await projectsOf(['warpstream/pyproject.toml', 'integrations/redis/manifest.json'], {
      integrations: '*',
    });
    expect(Object.keys(projects)).toEqual(['warpstream']);
    expect(projects.warpstream.tags).toContain('kind:python');
    expect(projects.warpstream.metadata?.description).toContain('no manifest.json: its tile is published elsewhere');
    expect(Object.keys(projects.warpstream.targets!)).toEqual(
      expect.arrayContaining(['setup', 'lint', 'test', 'package']),
    );
  });

  it('leaves out and reports, once, a second folder of the same name', async () => {
    write({ 'extras/redis/manifest.json': '{}' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const projects = await projectsOf(
        [
          'integrations/redis/manifest.json',
          'integrations/redis/pyproject.toml',
          'extras/redis/manifest.json',
          'integrations/nginx/manifest.json',
        ],
        { integrations: '{integrations,extras}/*' },
      );
      expect(Object.keys(projects).sort()).toEqual(['nginx', 'redis']);
      expect(projects.redis.root).toBe('extras/redis');
      expect(warn.mock.calls.map(([line]) => line)).toEqual([
        "@dd/plugin: integrations/redis: another integration folder, extras/redis, has the same name 'redis', and Nx needs one project per name: this one is left out; rename one of the folders",
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('pluginInputs', () => {
  it('tracks the source of a plugin developed in the workspace', () => {
    expect(pluginInputs('/ws/packages/plugin', '/ws')).toEqual([
      '{workspaceRoot}/packages/plugin/src/**/*.ts',
      '!{workspaceRoot}/packages/plugin/src/**/*.spec.ts',
      '{workspaceRoot}/packages/plugin/src/**/files/**/*',
      '{workspaceRoot}/packages/plugin/python/**/*',
      '{workspaceRoot}/packages/plugin/ruff-baseline.toml',
    ]);
  });

  it('tracks the version of an installed plugin', () => {
    expect(pluginInputs('/ws/node_modules/@dd/plugin', '/ws')).toEqual([{ externalDependencies: ['@dd/plugin'] }]);
    expect(pluginInputs('/elsewhere/plugin', '/ws')).toEqual([{ externalDependencies: ['@dd/plugin'] }]);
  });
});

describe('createNodesV2 from its cache', () => {
  const create = createNodesV2[1];
  const targetsOf = async (options = {}) =>
    Object.keys(
      (await create(['integrations/redis/manifest.json'], options, context))[0][1].projects!['integrations/redis']
        .targets!,
    ).sort();
  const cacheFiles = () => readdirSync(join(root, '.nx', 'workspace-data')).filter((f) => f.startsWith('dd-plugin-'));
  const ENV = (flavors: string[]) =>
    `flavors:\n${flavors.map((f) => `  "${f}": {}\n`).join('')}services:\n  redis: { image: "redis:7.0" }\n`;

  it('keeps what it inferred in the workspace data directory, and gives the same projects from it', async () => {
    const first = await create(['integrations/redis/manifest.json'], {}, context);
    expect(cacheFiles()).toHaveLength(1);
    expect(await create(['integrations/redis/manifest.json'], {}, context)).toEqual(first);
  });

  it('sees a change to ci/env.yaml, to the files an integration has, and to the options on the next run', async () => {
    write({ 'integrations/redis/ci/env.yaml': ENV(['7.0']) });
    expect(await targetsOf()).toContain('test--7.0');
    write({ 'integrations/redis/ci/env.yaml': ENV(['7.0', '7.2']) });
    expect(await targetsOf()).toEqual(expect.arrayContaining(['test--7.0', 'test--7.2']));
    rmSync(join(root, 'integrations/redis/ci'), { recursive: true });
    expect((await targetsOf()).filter((t) => t.startsWith('test--'))).toEqual([]);
    rmSync(join(root, 'integrations/redis/pyproject.toml'));
    expect(await targetsOf()).toEqual(['ci', 'lint']);
    expect(await targetsOf({ lintTargetName: 'validate' })).toEqual(['ci', 'validate']);
  });
});

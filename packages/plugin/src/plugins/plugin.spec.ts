import type { CreateNodesContextV2 } from '@nx/devkit';
import { createNodesV2, INTEGRATION_GLOB, LIBRARY_GLOB } from './plugin';
import { pluginInputs } from './targets/plugin-inputs';

const context: CreateNodesContextV2 = { workspaceRoot: '/ws', nxJsonConfiguration: {} };

describe('createNodesV2', () => {
  it('matches manifest.json files of integrations and pyproject.toml files of shared libraries', () => {
    expect(createNodesV2[0]).toBe(`{${INTEGRATION_GLOB},${LIBRARY_GLOB}}`);
    expect(INTEGRATION_GLOB).toBe('integrations/*/manifest.json');
    expect(LIBRARY_GLOB).toBe('libs/*/pyproject.toml');
  });

  it('infers a shared library with setup, test and ci, and no integration lint', async () => {
    const [, create] = createNodesV2;
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
    expect(redis.namedInputs!['python-package']).toEqual(expect.arrayContaining(['{projectRoot}/**/*', '!{projectRoot}/README.md', '!{projectRoot}/tests/**/*']));
  });

  it('infers one project per integration, named after its folder, with all targets described', async () => {
    const [, create] = createNodesV2;
    const results = await create(['integrations/redis/manifest.json', 'integrations/nginx/manifest.json'], {}, context);
    const projects = results.map(([file, result]) => [file, result.projects]);
    expect(projects.map(([file]) => file)).toEqual(['integrations/redis/manifest.json', 'integrations/nginx/manifest.json']);
    const redis = results[0][1].projects!['integrations/redis'];
    expect(redis.name).toBe('redis');
    expect(Object.keys(redis.targets!)).toEqual(expect.arrayContaining(['setup', 'lint', 'test', 'clean', 'ci']));
    for (const target of Object.values(redis.targets!)) {
      expect(target.metadata?.description).toEqual(expect.any(String));
    }
  });

  it('makes lint and test cached, depending on setup, and setup and clean uncached', async () => {
    const [, create] = createNodesV2;
    const [[, result]] = await create(['integrations/redis/manifest.json'], {}, context);
    const targets = result.projects!['integrations/redis'].targets!;
    expect(targets.lint).toMatchObject({ cache: true, dependsOn: ['setup'] });
    expect(targets.test).toMatchObject({ cache: true, dependsOn: ['setup'], outputs: ['{workspaceRoot}/dist/{projectRoot}/test'] });
    expect(targets.test.inputs).toContain('!{projectRoot}/README.md');
    expect(targets.lint.inputs).not.toContain('!{projectRoot}/README.md');
    expect(targets.setup.cache).toBe(false);
    expect(targets.clean.cache).toBe(false);
  });
});

describe('pluginInputs', () => {
  it('tracks the source of a plugin developed in the workspace', () => {
    expect(pluginInputs('/ws/packages/plugin', '/ws')).toEqual([
      '{workspaceRoot}/packages/plugin/src/**/*.ts',
      '!{workspaceRoot}/packages/plugin/src/**/*.spec.ts',
      '{workspaceRoot}/packages/plugin/src/**/files/**/*',
      '{workspaceRoot}/packages/plugin/python/**/*',
    ]);
  });

  it('tracks the version of an installed plugin', () => {
    expect(pluginInputs('/ws/node_modules/@dd/plugin', '/ws')).toEqual([{ externalDependencies: ['@dd/plugin'] }]);
    expect(pluginInputs('/elsewhere/plugin', '/ws')).toEqual([{ externalDependencies: ['@dd/plugin'] }]);
  });
});

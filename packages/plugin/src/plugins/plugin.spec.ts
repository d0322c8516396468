import type { CreateNodesContextV2 } from '@nx/devkit';
import { createNodesV2, INTEGRATION_GLOB } from './plugin';
import { pluginInputs } from './targets/plugin-inputs';

const context: CreateNodesContextV2 = { workspaceRoot: '/ws', nxJsonConfiguration: {} };

describe('createNodesV2', () => {
  it('matches manifest.json files of integrations', () => {
    expect(INTEGRATION_GLOB).toBe('integrations/*/manifest.json');
  });

  it('infers one project per integration, named after its folder, with all targets described', async () => {
    const [, create] = createNodesV2;
    const results = await create(['integrations/redis/manifest.json', 'integrations/nginx/manifest.json'], {}, context);
    const projects = results.map(([file, result]) => [file, result.projects]);
    expect(projects.map(([file]) => file)).toEqual(['integrations/redis/manifest.json', 'integrations/nginx/manifest.json']);
    const redis = results[0][1].projects!['integrations/redis'];
    expect(redis.name).toBe('redis');
    expect(Object.keys(redis.targets!)).toEqual(['setup', 'lint', 'test', 'clean']);
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

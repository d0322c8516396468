import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIntegrationProject } from '../plugin';
import { PLUGIN_DEFAULTS } from '../plugin-options';
import { buildPackageTarget } from './build-package-target';

describe('buildPackageTarget', () => {
  const target = buildPackageTarget({
    targets: PLUGIN_DEFAULTS.targets,
    pluginInputs: ['{workspaceRoot}/packages/plugin/src/**/*.ts'],
    pluginRootFromWorkspace: 'packages/plugin',
  });

  it('is cached, writes to dist/<projectRoot>/package and needs no virtualenv', () => {
    expect(target).toMatchObject({
      executor: '@dd/plugin:package',
      cache: true,
      outputs: ['{workspaceRoot}/dist/{projectRoot}/package'],
    });
    expect(target.dependsOn).toBeUndefined();
  });

  it('hashes what the package holds, README and tests included, and not the changelog, CI or tile files', () => {
    expect(target.inputs).toEqual(
      expect.arrayContaining(['{projectRoot}/**/*', '{workspaceRoot}/packages/plugin/src/**/*.ts']),
    );
    expect(
      target.inputs?.filter((i) => typeof i === 'string' && (i.includes('README') || i.includes('tests'))),
    ).toEqual([]);
    expect(target.inputs).toEqual(
      expect.arrayContaining([
        '!{projectRoot}/changelog.d/**/*',
        '!{projectRoot}/CHANGELOG.md',
        '!{projectRoot}/ci/**/*',
        '!{projectRoot}/metadata.csv',
      ]),
    );
  });

  it('is a target of every integration and names an executor that exists', () => {
    const project = buildIntegrationProject('integrations/redis', {
      targets: PLUGIN_DEFAULTS.targets,
      pluginInputs: [],
      pluginRootFromWorkspace: 'packages/plugin',
    });
    expect(project.targets?.package?.executor).toBe('@dd/plugin:package');
    const executors = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'executors.json'), 'utf8')).executors;
    expect(executors.package.implementation).toBe('./src/executors/package/executor');
  });
});

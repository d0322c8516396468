import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIntegrationProject } from '../plugin';
import { PLUGIN_DEFAULTS } from '../plugin-options';
import { buildReleasePublishTarget, RELEASE_PUBLISH_TARGET } from './build-release-publish-target';

describe('buildReleasePublishTarget', () => {
  it('uploads what the package target it names built (the executor runs it), never from the cache', () => {
    const target = buildReleasePublishTarget({ targets: { ...PLUGIN_DEFAULTS.targets, package: 'wheel' } });
    expect(target).toMatchObject({
      executor: '@dd/plugin:release-publish',
      cache: false,
      options: { packageTarget: 'wheel' },
    });
    // A dependsOn would build the package of every project of the release, published or not.
    expect(target.dependsOn).toBeUndefined();
  });

  it('names an executor that exists', () => {
    const executors = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'executors.json'), 'utf8')).executors;
    expect(executors['release-publish']).toBeDefined();
  });

  it('is a target of a Python integration, not of a tile, which has no version either', () => {
    const context = { targets: PLUGIN_DEFAULTS.targets, pluginInputs: [], pluginRootFromWorkspace: 'packages/plugin' };
    const python = buildIntegrationProject('integrations/a', context);
    const tile = buildIntegrationProject('integrations/t', context, {
      manifest: true,
      python: false,
      tests: false,
      environments: false,
    });
    expect(python.targets?.[RELEASE_PUBLISH_TARGET]).toBeDefined();
    expect(python.metadata?.targetGroups?.Release).toEqual(['package', RELEASE_PUBLISH_TARGET]);
    expect(python.release).toBeUndefined();
    expect(tile.targets?.[RELEASE_PUBLISH_TARGET]).toBeUndefined();
    expect(tile.release).toEqual({ version: { currentVersionResolver: 'none' } });
  });

  it('gives no target the docker technology, which nx release reserves for Docker images', () => {
    const context = { targets: PLUGIN_DEFAULTS.targets, pluginInputs: [], pluginRootFromWorkspace: 'packages/plugin' };
    const project = buildIntegrationProject('integrations/a', context, undefined, [{ name: '7.0', isDefault: true }]);
    const technologies = Object.values(project.targets ?? {}).flatMap((t) => t.metadata?.technologies ?? []);
    expect(technologies).not.toContain('docker');
  });
});

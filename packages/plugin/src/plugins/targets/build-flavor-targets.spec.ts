import { PLUGIN_DEFAULTS } from '../plugin-options';
import { buildFlavoredTestTarget, buildFlavorTestTarget, flavorDigestCommand } from './build-flavor-targets';

const flavor = { name: '7.0', isDefault: true };
const context = {
  targets: PLUGIN_DEFAULTS.targets,
  pluginInputs: [],
  pluginRootFromWorkspace: 'node_modules/@dd/plugin',
};

describe('flavor targets', () => {
  it('caches a flavor on its own part of ci/env.yaml, through a runtime input, not on the whole file', () => {
    const target = buildFlavorTestTarget(context, 'integrations/redis', flavor);
    expect(target.inputs).toContain('!{projectRoot}/ci/env.yaml');
    // what lint renders from the file for ddev follows it: it would only re-run every flavor
    for (const rendered of ['hatch.toml', 'tests/docker/docker-compose.yaml', 'tests/environment.py'])
      expect(target.inputs).toContain(`!{projectRoot}/${rendered}`);
    expect(target.inputs).toContainEqual({
      runtime: '"node" "node_modules/@dd/plugin/src/flavors/flavor-digest-cli.js" "integrations/redis" "7.0"',
    });
    expect(target.options).toEqual({ flavorTask: '7.0' });
    expect(target.outputs).toEqual(['{workspaceRoot}/dist/{projectRoot}/test/7.0']);
    expect(target.dependsOn).toEqual(['setup']);
    expect(target.metadata?.description).toContain('flavor 7.0 of ci/env.yaml');
  });

  it('quotes every part of the digest command', () => {
    expect(flavorDigestCommand('packages/plugin', 'integrations/a b', 'x"y')).toBe(
      '"node" "packages/plugin/src/flavors/flavor-digest-cli.js" "integrations/a b" "x\\"y"',
    );
  });

  it('makes test run every flavor task, forwarding the command-line options', () => {
    const target = buildFlavoredTestTarget([{ ...flavor, name: '6.0' }, flavor], 'test');
    expect(target.executor).toBe('nx:noop');
    expect(target.dependsOn).toEqual([
      { target: 'test--6.0', params: 'forward' },
      { target: 'test--7.0', params: 'forward' },
    ]);
    expect(buildFlavoredTestTarget([flavor], 'pytest').dependsOn).toEqual([
      { target: 'pytest--7.0', params: 'forward' },
    ]);
  });
});

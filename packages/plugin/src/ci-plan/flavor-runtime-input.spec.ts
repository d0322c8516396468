import { flavorDigestCommand } from '../plugins/targets/build-flavor-targets';
import { envFileOf, parseFlavorDigestCommand } from './flavor-runtime-input';

describe('parseFlavorDigestCommand', () => {
  it.each([
    ['packages/plugin', 'integrations/redis', '7.0'],
    ['node_modules/@dd/plugin', 'redis', 'py3.11-"quoted" $(x)'],
    ['node_modules/@dd/plugin', '.', 'default'],
  ])('reads back what the plugin writes (plugin at %s, integration %s, flavor %s)', (plugin, root, flavor) => {
    expect(parseFlavorDigestCommand(flavorDigestCommand(plugin, root, flavor))).toEqual({ root, flavor });
  });

  it.each([
    ['another script', '"node" "tools/other.js" "a" "b"'],
    ['another program', '"python" "packages/plugin/src/flavors/flavor-digest-cli.js" "a" "b"'],
    ['unquoted parts', 'node packages/plugin/src/flavors/flavor-digest-cli.js a b'],
    ['more parts', '"node" "src/flavors/flavor-digest-cli.js" "a" "b" "c"'],
    ['text around the parts', '"node" "src/flavors/flavor-digest-cli.js" "a" "b"; rm x'],
  ])('leaves %s to the caller', (_, command) => {
    expect(parseFlavorDigestCommand(command)).toBeUndefined();
  });

  it("names the file a flavor's digest reads", () => {
    expect(envFileOf({ root: 'integrations/redis', flavor: '7' })).toBe('integrations/redis/ci/env.yaml');
    expect(envFileOf({ root: '.', flavor: '7' })).toBe('ci/env.yaml');
  });
});

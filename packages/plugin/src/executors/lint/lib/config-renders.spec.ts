import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectConfigRenders } from './config-renders';

describe('collectConfigRenders', () => {
  let root: string;
  const write = (path: string, text = '') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dd-config-renders-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('renders nothing where ddev validates no spec: none, or a tile without a check', async () => {
    write('alpha/manifest.json', '{}');
    write('tile/assets/configuration/spec.yaml', 'name: Tile\n');
    const found = await collectConfigRenders([join(root, 'alpha'), join(root, 'tile')], {
      workspaceRoot: root,
      checksDev: '/nonexistent',
      log: () => undefined,
    });
    expect([...found.values()]).toEqual([undefined, undefined]);
  });

  it('says why a check with a spec could not be rendered', async () => {
    write('beta/assets/configuration/spec.yaml', 'name: Beta\n');
    write('beta/datadog_checks/beta/__about__.py', "__version__ = '1.0.0'\n");
    const found = await collectConfigRenders([join(root, 'beta')], {
      workspaceRoot: root,
      checksDev: join(root, 'empty'),
      log: () => undefined,
    });
    expect(found.get(join(root, 'beta'))).toEqual({
      kind: 'unavailable',
      reason: `DD_CHECKS_DEV is '${join(root, 'empty')}', which holds no datadog-checks-dev (no datadog_checks/dev/tooling/configuration/consumers/example.py)`,
      hint: expect.stringContaining('unset it to let the plugin install its own'),
    });
  });
});

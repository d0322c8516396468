import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectConfigRenders, dealRequests } from './config-renders';

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

describe('dealRequests', () => {
  const requests = (models: number, examples: number) => [
    ...Array.from({ length: models }, (_, i) => ({ name: `m${i}`, models: true })),
    ...Array.from({ length: examples }, (_, i) => ({ name: `e${i}`, models: false })),
  ];

  it('renders examples alone in one process', () => {
    expect(dealRequests(requests(0, 70), 8).map((s) => s.length)).toEqual([70]);
  });

  it('gives each core a share of the models, no more processes than the models pay for', () => {
    expect(dealRequests(requests(43, 27), 2).map((s) => s.filter((r) => r.models).length)).toEqual([22, 21]);
    expect(dealRequests(requests(10, 0), 8).map((s) => s.length)).toEqual([5, 5]);
    expect(dealRequests(requests(3, 5), 8)).toHaveLength(1);
  });

  it('keeps every request once', () => {
    const all = requests(43, 27);
    const dealt = dealRequests(all, 4).flat();
    expect(dealt.map((r) => r.name).sort()).toEqual(all.map((r) => r.name).sort());
  });
});

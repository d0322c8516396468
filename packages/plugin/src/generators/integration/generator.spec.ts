import { readJson, updateJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors/user-error';
import { readMetricNames } from '../../metadata/read-metric-names';
import { integrationGenerator } from './generator';
import { INTEGRATION_KINDS, KIND_DEFINITIONS } from './lib/integration-kinds';
import { GENERATOR_DEFAULTS } from './lib/normalize-options';

const ids = { appUuid: '00000000-0000-4000-8000-000000000000', sourceTypeId: 12345678 };
const ROOT = 'integrations/my_integration';

/** Every file under a folder of the tree, relative to it, sorted. */
function filesUnder(tree: Tree, root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const child of tree.children(dir)) {
      const path = `${dir}/${child}`;
      if (tree.isFile(path)) out.push(path.slice(root.length + 1));
      else walk(path);
    }
  };
  walk(root);
  return out.sort();
}

const M = 'datadog_checks/my_integration';
const PACKAGE = ['pyproject.toml', `${M}/__about__.py`, `${M}/__init__.py`];
const COMMON = ['CHANGELOG.md', 'README.md', 'changelog.d/1.added', 'manifest.json'];
const MODELS = ['__init__', 'defaults', 'instance', 'shared', 'validators'].map((f) => `${M}/config_models/${f}.py`);
const CHECK_CODE = [
  'assets/configuration/spec.yaml',
  'ci/env.yaml',
  'hatch.toml',
  `${M}/check.py`,
  ...MODELS,
  `${M}/data/conf.yaml.example`,
  'tests/__init__.py',
  'tests/conftest.py',
  'tests/test_unit.py',
];

const FILE_SETS: Record<string, string[]> = {
  check: [
    ...COMMON,
    ...PACKAGE,
    ...CHECK_CODE,
    'metadata.csv',
    'assets/service_checks.json',
    'assets/dashboards/my_integration_overview.json',
  ],
  jmx: [
    ...COMMON,
    ...PACKAGE,
    'assets/configuration/spec.yaml',
    'assets/service_checks.json',
    'hatch.toml',
    'metadata.csv',
    ...MODELS,
    `${M}/data/conf.yaml.example`,
    `${M}/data/metrics.yaml`,
    'tests/__init__.py',
    'tests/test_unit.py',
  ],
  logs: [...COMMON, ...PACKAGE, 'assets/configuration/spec.yaml', `${M}/data/conf.yaml.example`],
  event: COMMON,
  'metrics-crawler': [
    ...COMMON,
    'metadata.csv',
    'assets/service_checks.json',
    'assets/dashboards/my_integration_overview.json',
  ],
};

describe('integration generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });

  it.each(Object.entries(FILE_SETS))('writes the file set of the %s kind', async (kind, files) => {
    await integrationGenerator(tree, { name: 'my_integration', kind }, ids);
    expect(filesUnder(tree, ROOT)).toEqual([...files].sort());
  });

  it('makes a check when no kind is given', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    expect(filesUnder(tree, ROOT)).toEqual([...FILE_SETS.check].sort());
  });

  it('writes where the workspace keeps its integrations: at the root of an adopted repository', async () => {
    updateJson(tree, 'nx.json', (nx) => ({
      ...nx,
      plugins: [{ plugin: '@dd/plugin', options: { integrations: '*' } }],
    }));
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    expect(tree.exists('my_integration/manifest.json')).toBe(true);
    expect(tree.exists(`${ROOT}/manifest.json`)).toBe(false);
  });

  it('writes under --directory when it is given, the root for an empty one', async () => {
    await integrationGenerator(tree, { name: 'a', directory: 'checks' }, ids);
    await integrationGenerator(tree, { name: 'b', directory: '' }, ids);
    expect(tree.exists('checks/a/manifest.json')).toBe(true);
    expect(tree.exists('b/manifest.json')).toBe(true);
  });

  it('writes a manifest v2 by default, with the assets of the kind', async () => {
    await integrationGenerator(
      tree,
      { name: 'my_integration', displayName: 'My Thing', maintainer: 'me@example.org' },
      ids,
    );
    const manifest = readJson(tree, `${ROOT}/manifest.json`);
    expect(manifest).toMatchObject({
      manifest_version: '2.0.0',
      app_uuid: ids.appUuid,
      app_id: 'my-integration',
      tile: { title: 'My Thing', description: 'Collect metrics and service checks from My Thing.' },
      author: { support_email: 'me@example.org' },
      assets: {
        integration: {
          source_type_id: 12345678,
          configuration: { spec: 'assets/configuration/spec.yaml' },
          metrics: { prefix: 'my_integration.', check: 'my_integration.up' },
        },
        dashboards: { 'My Thing Overview': 'assets/dashboards/my_integration_overview.json' },
      },
    });
    expect(readMetricNames(tree.read(`${ROOT}/metadata.csv`, 'utf-8')!)).toContain(
      manifest.assets.integration.metrics.check,
    );
  });

  it('writes a manifest of an event integration that creates events and names no metrics', async () => {
    await integrationGenerator(tree, { name: 'my_integration', kind: 'event' }, ids);
    const integration = readJson(tree, `${ROOT}/manifest.json`).assets.integration;
    expect(integration.events).toEqual({ creates_events: true });
    expect(integration.metrics).toBeUndefined();
    expect(integration.configuration).toBeUndefined();
  });

  it("keeps the guide's manifest v1 for checks", async () => {
    await integrationGenerator(tree, { name: 'my_integration', manifestVersion: '1' }, ids);
    expect(readJson(tree, `${ROOT}/manifest.json`)).toMatchObject({ manifest_version: '1.0.0', version: '0.0.1' });
    await expect(
      integrationGenerator(tree, { name: 'other', manifestVersion: '1', kind: 'logs' }, ids),
    ).rejects.toThrow(/describes checks only/);
  });

  it("lists every metric the check sends in metadata.csv, with upstream's full header", async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const csv = tree.read(`${ROOT}/metadata.csv`, 'utf-8')!;
    expect(csv.split('\n')[0]).toBe(
      'metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric,sample_tags',
    );
    const check = tree.read(`${ROOT}/${M}/check.py`, 'utf-8')!;
    const sent = [...check.matchAll(/self\.gauge\('([^']+)'/g)].map((m) => `my_integration.${m[1]}`);
    const returned = [...check.matchAll(/return \{'([^']+)'/g)].map((m) => `my_integration.${m[1]}`);
    expect(readMetricNames(csv).sort()).toEqual([...sent, ...returned].sort());
  });

  it('packages with hatchling, the version read from __about__.py, tested on the Agent Python', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const pyproject = tree.read(`${ROOT}/pyproject.toml`, 'utf-8')!;
    expect(pyproject).toContain('build-backend = "hatchling.build"');
    expect(pyproject).toContain('[tool.hatch.version]\npath = "datadog_checks/my_integration/__about__.py"');
    expect(pyproject).toContain('name = "datadog-my-integration"');
    expect(tree.read(`${ROOT}/${M}/__about__.py`, 'utf-8')).toBe("__version__ = '0.0.1'\n");
    expect(tree.read(`${ROOT}/hatch.toml`, 'utf-8')).toContain('[[envs.default.matrix]]\npython = ["3.13"]');
    expect(tree.read(`${ROOT}/changelog.d/1.added`, 'utf-8')).toBe('Initial Release\n');
  });

  it('names the integration in its spec.yaml, its example file and its logs source', async () => {
    await integrationGenerator(tree, { name: 'my_integration', kind: 'logs' }, ids);
    const spec = tree.read(`${ROOT}/assets/configuration/spec.yaml`, 'utf-8')!;
    expect(spec).toContain('- name: my_integration.yaml');
    expect(spec).toContain('source: my_integration');
    expect(tree.read(`${ROOT}/${M}/data/conf.yaml.example`, 'utf-8')).toContain('#     source: my_integration\n');
  });

  it('adds the Python ignores to .gitignore once, and none for a tile', async () => {
    await integrationGenerator(tree, { name: 'tile', kind: 'event' }, ids);
    expect(tree.read('.gitignore', 'utf-8') ?? '').not.toContain('.venv/');
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    await integrationGenerator(tree, { name: 'other' }, ids);
    expect(tree.read('.gitignore', 'utf-8')!.match(/^\.venv\/$/gm)).toHaveLength(1);
  });

  it('refuses to overwrite an existing integration and changes nothing', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    tree.write(`${ROOT}/${M}/check.py`, '# mine\n');
    const before = tree.listChanges().length;
    await expect(integrationGenerator(tree, { name: 'my_integration' }, ids)).rejects.toThrow(
      new UserError('integrations/my_integration already exists; the generator never overwrites an integration.'),
    );
    expect(tree.listChanges()).toHaveLength(before);
    expect(tree.read(`${ROOT}/${M}/check.py`, 'utf-8')).toBe('# mine\n');
  });

  it('normalises the name as ddev does, and keeps the name as typed for display', async () => {
    await integrationGenerator(tree, { name: 'My-Integration' }, ids);
    expect(readJson(tree, `${ROOT}/manifest.json`).tile.title).toBe('My-Integration');
  });

  it.each(['../escape', 'datadog_thing', '9lives', 'x'.repeat(120), '_x'])(
    'refuses the name %j before writing anything',
    async (name) => {
      const before = tree.listChanges().length;
      await expect(integrationGenerator(tree, { name }, ids)).rejects.toBeInstanceOf(UserError);
      expect(tree.listChanges()).toHaveLength(before);
      expect(tree.exists('integrations')).toBe(false);
    },
  );

  it('refuses a 120-character name for its length, not for its description', async () => {
    await expect(integrationGenerator(tree, { name: 'x'.repeat(120) }, ids)).rejects.toThrow(
      /has 120 characters; at most 40/,
    );
  });

  it('refuses an unknown kind, listing the kinds', async () => {
    await expect(integrationGenerator(tree, { name: 'x', kind: 'widget' }, ids)).rejects.toThrow(
      /Unknown kind 'widget'. The kinds are:\n {2}check: .*\n {2}jmx: /,
    );
  });

  it('refuses an invalid maintainer, codeowner and a description longer than the tile allows', async () => {
    await expect(integrationGenerator(tree, { name: 'x', maintainer: 'not-an-email' }, ids)).rejects.toThrow(
      /valid e-mail/,
    );
    await expect(integrationGenerator(tree, { name: 'x', codeowner: 'someone' }, ids)).rejects.toThrow(
      /GitHub user \(@name\) or team/,
    );
    await expect(integrationGenerator(tree, { name: 'x', description: 'd'.repeat(81) }, ids)).rejects.toThrow(
      /at most 80/,
    );
  });

  it('keeps schema.json defaults and kinds in step with the code', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'schema.json'), 'utf8'));
    expect(schema.properties.maintainer.default).toBe(GENERATOR_DEFAULTS.maintainer);
    expect(schema.properties.manifestVersion.default).toBe(GENERATOR_DEFAULTS.manifestVersion);
    expect(schema.properties.directory.default).toBeUndefined();
    expect(schema.properties.kind.default).toBeUndefined();
    // No enum: Nx would prompt with its bare values instead of the labels, and refuse an unknown kind without them.
    expect(schema.properties.kind.enum).toBeUndefined();
    const items = schema.properties.kind['x-prompt'].items as { value: string; label: string }[];
    expect(items.map((i) => i.value)).toEqual([...INTEGRATION_KINDS]);
    for (const item of items) {
      expect(item.label.replace(/\s+/g, ' ')).toBe(
        `${item.value} ${KIND_DEFINITIONS[item.value as 'check'].description}`,
      );
    }
  });
});

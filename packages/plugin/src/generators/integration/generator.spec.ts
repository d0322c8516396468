import { readJson, updateJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../../errors/user-error';
import { readMetricNames } from '../../metadata/read-metric-names';
import { integrationGenerator } from './generator';
import { GENERATOR_DEFAULTS } from './lib/normalize-options';

const ids = { appUuid: '00000000-0000-4000-8000-000000000000', sourceTypeId: 12345678 };
const ROOT = 'integrations/my_integration';

describe('integration generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
  });

  it('creates every file the guide names, in a Python package layout', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    expect(tree.children(ROOT).sort()).toEqual(
      [
        'CHANGELOG.md',
        'README.md',
        'assets',
        'ci',
        'datadog_checks',
        'manifest.json',
        'metadata.csv',
        'pyproject.toml',
        'requirements.txt',
        'tests',
      ].sort(),
    );
    for (const file of [
      'datadog_checks/__init__.py',
      'datadog_checks/my_integration/__init__.py',
      'datadog_checks/my_integration/__about__.py',
      'datadog_checks/my_integration/check.py',
      'datadog_checks/my_integration/data/conf.yaml.example',
      'tests/conftest.py',
      'tests/test_my_integration.py',
      'ci/env.yaml',
      'assets/service_checks.json',
    ]) {
      expect(tree.exists(`${ROOT}/${file}`)).toBe(true);
    }
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

  it("writes the guide's manifest fields by default", async () => {
    await integrationGenerator(
      tree,
      { name: 'my_integration', maintainer: 'me@example.org', description: 'Watches things' },
      ids,
    );
    expect(readJson(tree, `${ROOT}/manifest.json`)).toMatchObject({
      maintainer: 'me@example.org',
      manifest_version: '1.0.0',
      max_agent_version: '8.0.0',
      min_agent_version: '7.0.0',
      name: 'my_integration',
      short_description: 'Watches things',
      support: 'contrib',
      version: '0.1.0',
    });
  });

  it('writes a manifest v2 carrying the same information when asked', async () => {
    await integrationGenerator(
      tree,
      { name: 'my_integration', manifestVersion: '2', displayName: 'My Thing', maintainer: 'me@example.org' },
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
        integration: { source_type_id: 12345678, metrics: { prefix: 'my_integration.', check: 'my_integration.up' } },
      },
    });
    expect(readMetricNames(tree.read(`${ROOT}/metadata.csv`, 'utf-8')!)).toContain(
      manifest.assets.integration.metrics.check,
    );
  });

  it('lists every metric the check sends in metadata.csv, with the guide header', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const csv = tree.read(`${ROOT}/metadata.csv`, 'utf-8')!;
    expect(csv.split('\n')[0]).toBe(
      'metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name',
    );
    const check = tree.read(`${ROOT}/datadog_checks/my_integration/check.py`, 'utf-8')!;
    const sent = [...check.matchAll(/self\.gauge\('([^']+)'/g)].map((m) => `my_integration.${m[1]}`);
    const returned = [...check.matchAll(/return \{'([^']+)'/g)].map((m) => `my_integration.${m[1]}`);
    expect(readMetricNames(csv).sort()).toEqual([...sent, ...returned].sort());
  });

  it('reads the version and requirements from one place each', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const pyproject = tree.read(`${ROOT}/pyproject.toml`, 'utf-8')!;
    expect(pyproject).toContain('dependencies = { file = ["requirements.txt"] }');
    expect(pyproject).toContain('version = { attr = "datadog_checks.my_integration.__about__.__version__" }');
    expect(pyproject).toContain('name = "datadog-my-integration"');
    expect(tree.read(`${ROOT}/datadog_checks/my_integration/__about__.py`, 'utf-8')).toBe("__version__ = '0.1.0'\n");
  });

  it('writes a conf.yaml.example with init_config and a non-empty list of instances', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const conf = parseYaml(tree.read(`${ROOT}/datadog_checks/my_integration/data/conf.yaml.example`, 'utf-8')!);
    expect(Object.keys(conf)).toEqual(['init_config', 'instances']);
    expect(conf.instances).toEqual([{ min_collection_interval: 15 }]);
  });

  it("has Datadog's README layout with the guide's sections", async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    const headings = tree
      .read(`${ROOT}/README.md`, 'utf-8')!
      .split('\n')
      .filter((l) => /^##+ /.test(l));
    expect(headings).toEqual([
      '## Overview',
      '## Setup',
      '### Installation',
      '### Configuration',
      '### Validation',
      '### Compatibility',
      '## Data Collected',
      '### Metrics',
      '### Events',
      '### Service Checks',
      '## Troubleshooting',
    ]);
  });

  it('adds the Python ignores to .gitignore once', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    await integrationGenerator(tree, { name: 'other' }, ids);
    const gitignore = tree.read('.gitignore', 'utf-8')!;
    expect(gitignore.match(/^\.venv\/$/gm)).toHaveLength(1);
  });

  it('refuses to overwrite an existing integration and changes nothing', async () => {
    await integrationGenerator(tree, { name: 'my_integration' }, ids);
    tree.write(`${ROOT}/datadog_checks/my_integration/check.py`, '# mine\n');
    const before = tree.listChanges().length;
    await expect(integrationGenerator(tree, { name: 'my_integration' }, ids)).rejects.toThrow(
      new UserError('integrations/my_integration already exists; the generator never overwrites an integration.'),
    );
    expect(tree.listChanges()).toHaveLength(before);
    expect(tree.read(`${ROOT}/datadog_checks/my_integration/check.py`, 'utf-8')).toBe('# mine\n');
  });

  it.each(['My-Integration', '../escape', 'datadog_thing', '9lives'])(
    'refuses the name %j before writing anything',
    async (name) => {
      const before = tree.listChanges().length;
      await expect(integrationGenerator(tree, { name }, ids)).rejects.toBeInstanceOf(UserError);
      expect(tree.listChanges()).toHaveLength(before);
      expect(tree.exists('integrations')).toBe(false);
    },
  );

  it('refuses an invalid maintainer e-mail and a description longer than the tile allows', async () => {
    await expect(integrationGenerator(tree, { name: 'x', maintainer: 'not-an-email' }, ids)).rejects.toThrow(
      /valid e-mail/,
    );
    await expect(integrationGenerator(tree, { name: 'x', description: 'd'.repeat(81) }, ids)).rejects.toThrow(
      /at most 80/,
    );
  });

  it('keeps schema.json defaults in step with the code', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'schema.json'), 'utf8'));
    expect(schema.properties.maintainer.default).toBe(GENERATOR_DEFAULTS.maintainer);
    expect(schema.properties.manifestVersion.default).toBe(GENERATOR_DEFAULTS.manifestVersion);
    expect(schema.properties.directory.default).toBe(GENERATOR_DEFAULTS.directory);
  });
});

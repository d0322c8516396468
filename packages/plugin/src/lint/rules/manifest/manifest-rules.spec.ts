import { d, HEADER, MANIFEST_V1, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { manifestDescriptionRule } from './description-too-long';
import { manifestDuplicateKeyRule } from './duplicate-key';
import { manifestAgentVersionRule } from './invalid-agent-version';
import { manifestEmailRule } from './invalid-email';
import { manifestInvalidJsonRule } from './invalid-json';
import { manifestSupportRule } from './invalid-support';
import { manifestMetricCheckRule } from './metric-check-missing';
import { manifestMetricPrefixRule } from './metric-prefix';
import { manifestMissingAssetRule } from './missing-asset';
import { manifestMissingFieldRule } from './missing-field';
import { manifestMissingFileRule } from './missing-file';
import { manifestNameRule } from './name-mismatch';
import { manifestVersionShapeRule } from './version-shape';

const F = 'manifest.json';
/** The v1 manifest with one field replaced (or removed with undefined). */
const v1 = (changes: Record<string, unknown>) => {
  const value = { ...JSON.parse(MANIFEST_V1), ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete value[k];
  return { [F]: JSON.stringify(value, null, 2) };
};
const V2 = {
  manifest_version: '2.0.0',
  app_uuid: 'd86565ae-ca60-45c2-a0b9-944ec1e05a15',
  app_id: 'foo',
  display_on_public_website: false,
  tile: {
    overview: 'README.md#Overview',
    configuration: 'README.md#Setup',
    support: 'README.md#Support',
    changelog: 'CHANGELOG.md',
    description: 'Foo metrics.',
    title: 'Foo',
    media: [],
    classifier_tags: [],
  },
  assets: {
    integration: {
      source_type_name: 'Foo',
      metrics: { prefix: 'foo.', check: 'foo.up', metadata_path: 'metadata.csv' },
    },
  },
  author: { name: 'Foo', support_email: 'help@example.com', homepage: '', sales_email: '' },
};
const v2 = (edit: (m: typeof V2) => void = () => undefined) => {
  const m = JSON.parse(JSON.stringify(V2));
  edit(m);
  return {
    [F]: JSON.stringify(m, null, 2),
    'README.md': '# Foo\n',
    'CHANGELOG.md': '',
    'metadata.csv': `${HEADER}\nfoo.up,gauge,,,,Up,1,foo,\n`,
  };
};

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    manifestMissingFileRule,
    'reports a missing manifest',
    { 'README.md': '' },
    [d('manifest/missing-file', F, 1, 1, 'manifest.json is missing', 'warning')],
  ],
  [manifestInvalidJsonRule, 'accepts a v1 manifest', v1({}), []],
  [
    manifestInvalidJsonRule,
    'reports an unterminated string at its line',
    { [F]: '{\n  "maintainer": "a@b.com,\n}' },
    [
      d(
        'manifest/invalid-json',
        F,
        2,
        17,
        'manifest.json is not valid JSON: unterminated string: the string opened at 2:17 runs into the end of the line',
      ),
    ],
  ],
  [
    manifestInvalidJsonRule,
    'reports an array',
    { [F]: '[]' },
    [d('manifest/invalid-json', F, 1, 1, 'manifest.json must hold a JSON object, found an array')],
  ],
  [
    manifestDuplicateKeyRule,
    'reports the second key',
    { [F]: '{\n  "name": "foo",\n  "name": "foo"\n}' },
    [d('manifest/duplicate-key', F, 3, 3, 'duplicate key "name" (first at line 2); the last value wins', 'warning')],
  ],
  [manifestVersionShapeRule, 'accepts a v2 manifest', v2(), []],
  [
    manifestVersionShapeRule,
    'reports a v1 manifest declaring 2.0.0',
    v1({ manifest_version: '2.0.0' }),
    [
      d(
        'manifest/version-shape',
        F,
        3,
        3,
        "manifest_version '2.0.0' declares v2, but the file is a v1 manifest (display_name, metric_prefix, metric_to_check; no app_uuid, app_id, tile or author)",
      ),
    ],
  ],
  [
    manifestVersionShapeRule,
    'reports a version that is not one',
    v1({ manifest_version: '1' }),
    [d('manifest/version-shape', F, 3, 3, "manifest_version '1' is not a version")],
  ],
  [manifestMissingFieldRule, 'accepts complete manifests', { ...v1({}), ...v2() }, []],
  [
    manifestMissingFieldRule,
    'reports a missing and an empty v1 field',
    v1({ support: undefined, version: '' }),
    [
      d('manifest/missing-field', F, 1, 1, "missing field 'support'", 'warning'),
      d('manifest/missing-field', F, 9, 3, "empty field 'version'", 'warning'),
    ],
  ],
  [
    manifestMissingFieldRule,
    'reports v2 fields at their parent',
    v2((m) => delete (m.tile as Partial<typeof m.tile>).title),
    [d('manifest/missing-field', F, 6, 3, "missing field 'tile.title' (manifest v2)", 'warning')],
  ],
  [
    manifestEmailRule,
    'reports two addresses',
    v1({ maintainer: 'a@b.com, c@d.com' }),
    [d('manifest/invalid-email', F, 2, 3, "maintainer 'a@b.com, c@d.com' is not a valid e-mail address", 'warning')],
  ],
  [
    manifestEmailRule,
    'reads author.support_email in v2',
    v2((m) => (m.author.support_email = 'nobody')),
    [d('manifest/invalid-email', F, 28, 5, "author.support_email 'nobody' is not a valid e-mail address", 'warning')],
  ],
  [
    manifestAgentVersionRule,
    'reports min above max',
    v1({ min_agent_version: '9.0.0' }),
    [
      d(
        'manifest/invalid-agent-version',
        F,
        5,
        3,
        'min_agent_version 9.0.0 is above max_agent_version 8.0.0',
        'warning',
      ),
    ],
  ],
  [manifestAgentVersionRule, 'accepts Agent 6.0.0 to 8.0.0', v1({ min_agent_version: '6.0.0' }), []],
  [
    manifestAgentVersionRule,
    'orders an Agent release candidate before its release',
    v1({ min_agent_version: '8.0.0-rc.1' }),
    [],
  ],
  [
    manifestAgentVersionRule,
    'reports a version that is not x.y.z',
    v1({ max_agent_version: '8' }),
    [d('manifest/invalid-agent-version', F, 4, 3, "max_agent_version '8' is not a version (x.y.z)", 'warning')],
  ],
  [
    manifestNameRule,
    'reports a name other than the folder',
    v1({ name: 'bar' }),
    [d('manifest/name-mismatch', F, 6, 3, "name 'bar' differs from the folder name 'foo'", 'warning')],
  ],
  [
    manifestSupportRule,
    'reports an unknown support level',
    v1({ support: 'community' }),
    [d('manifest/invalid-support', F, 9, 3, "support 'community' is not one of contrib, core, partner", 'warning')],
  ],
  [
    manifestDescriptionRule,
    'reports a tile description over 80 characters',
    v2((m) => (m.tile.description = 'x'.repeat(81))),
    [d('manifest/description-too-long', F, 11, 5, 'tile.description has 81 characters, at most 80 fit the tile')],
  ],
  [
    manifestMetricPrefixRule,
    'warns about a prefix without a dot',
    v1({ metric_prefix: 'foo' }),
    [d('manifest/metric-prefix', F, 11, 3, "metric prefix 'foo' does not end with a dot", 'warning')],
  ],
  [
    manifestMetricPrefixRule,
    'reports an invalid namespace',
    v1({ metric_prefix: 'foo bar.' }),
    [d('manifest/metric-prefix', F, 11, 3, "metric prefix 'foo bar.' is not a valid metric namespace", 'warning')],
  ],
  [manifestMissingAssetRule, 'accepts existing assets', v2(), []],
  [
    manifestMissingAssetRule,
    'reports a missing file at its value',
    v2((m) => Object.assign(m.assets, { monitors: { Latency: 'assets/monitors/latency.json' } })),
    [
      d(
        'manifest/missing-asset',
        F,
        26,
        18,
        "assets.monitors.Latency names 'assets/monitors/latency.json', which does not exist",
      ),
    ],
  ],
  [
    manifestMissingAssetRule,
    'leaves dashboards and saved views to their own rules',
    v2((m) =>
      Object.assign(m.assets, {
        dashboards: { Overview: 'assets/dashboards/overview.json' },
        saved_views: { errors: 'assets/saved_views/errors.json' },
      }),
    ),
    [],
  ],
  [manifestMetricCheckRule, 'accepts a listed metric', v2(), []],
  [
    manifestMetricCheckRule,
    'reports a metric missing from metadata.csv',
    v2((m) => (m.assets.integration.metrics.check = 'foo.down')),
    [
      d(
        'manifest/metric-check-missing',
        F,
        21,
        9,
        "metric 'foo.down' named by assets.integration.metrics.check is not in metadata.csv",
      ),
    ],
  ],
];

describe('manifest.json rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

import { APP_UUID, assetIntegration } from '../../__fixtures__/asset-integration';
import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { dashboardsAppIdRule } from './app-id-mismatch';
import { dashboardsInvalidJsonRule } from './invalid-json';
import { dashboardsLegacyFormatRule } from './legacy-format';
import { dashboardsMissingFieldRule } from './missing-field';
import { dashboardsMissingFileRule } from './missing-file';

const F = 'assets/dashboards/overview.json';
const M = 'manifest.json';
/** A /dashboard payload with a group widget holding a note, both naming the app (the note: `noteAppId`). */
const dashboard = (edit: (x: Record<string, unknown>) => void = () => undefined, noteAppId: unknown = APP_UUID) => {
  const x: Record<string, unknown> = {
    title: 'Foo',
    description: '',
    layout_type: 'ordered',
    template_variables: [],
    widgets: [
      {
        id: 1,
        definition: {
          type: 'group',
          app_id: APP_UUID,
          widgets: [{ id: 2, definition: { type: 'note', app_id: noteAppId } }],
        },
      },
    ],
  };
  edit(x);
  return x;
};
/** The dashboard with the note naming another app id. */
const innerAppId = (value: unknown) => dashboard(undefined, value);
const ok = assetIntegration({ [F]: dashboard() });
/** The legacy screenboard payload ddev refuses. */
const LEGACY = { board_title: 'Foo', description: '', template_variables: [], widgets: [{ type: 'note', x: 1 }] };

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [dashboardsMissingFileRule, 'accepts a named dashboard that exists', ok, []],
  [
    dashboardsMissingFileRule,
    'reports a named dashboard that does not exist, at its path in the manifest',
    assetIntegration({}, (m) => (m.assets.dashboards = { Overview: F })),
    [
      d(
        'dashboards/missing-file',
        M,
        13,
        19,
        `assets.dashboards.Overview names the dashboard '${F}', which does not exist`,
      ),
    ],
  ],
  [
    dashboardsMissingFileRule,
    'reads a v1 manifest too',
    { [M]: JSON.stringify({ manifest_version: '1.0.0', assets: { dashboards: { Overview: F } } }) },
    [
      d(
        'dashboards/missing-file',
        M,
        1,
        64,
        `assets.dashboards.Overview names the dashboard '${F}', which does not exist`,
      ),
    ],
  ],
  [
    dashboardsMissingFileRule,
    'accepts ./ before the path',
    assetIntegration({ [F]: dashboard() }, (m) => (m.assets.dashboards = { Overview: `./${F}` })),
    [],
  ],
  [dashboardsInvalidJsonRule, 'accepts a dashboard', ok, []],
  [
    dashboardsInvalidJsonRule,
    'reports a trailing comma at its place',
    assetIntegration({ [F]: '{\n  "title": "Foo",\n}' }),
    [d('dashboards/invalid-json', F, 2, 17, 'the dashboard is not valid JSON: trailing comma before }')],
  ],
  [
    dashboardsInvalidJsonRule,
    'reports a file that holds no object',
    assetIntegration({ [F]: '[]' }),
    [d('dashboards/invalid-json', F, 1, 1, 'the dashboard must hold a JSON object, found an array')],
  ],
  [
    dashboardsInvalidJsonRule,
    'warns about NaN and Infinity, which Python reads and JSON has not',
    assetIntegration({ [F]: '{"x": [1, -Infinity]}' }),
    [
      d(
        'dashboards/invalid-json',
        F,
        1,
        11,
        "the dashboard holds -Infinity, which is not a JSON value (Python's json module, and so ddev, reads it; other readers refuse it)",
        'warning',
      ),
    ],
  ],
  [
    dashboardsMissingFieldRule,
    'accepts the required fields, whatever their values',
    assetIntegration({ [F]: { description: null, template_variables: {}, widgets: 0, title: 'x' } }),
    [],
  ],
  [
    dashboardsMissingFieldRule,
    'lists every missing field',
    assetIntegration({ [F]: dashboard((x) => (delete x.widgets, delete x.description)) }),
    [
      d(
        'dashboards/missing-field',
        F,
        1,
        1,
        'the dashboard does not contain the required fields: description, widgets',
      ),
    ],
  ],
  [dashboardsLegacyFormatRule, 'accepts the /dashboard format', ok, []],
  [
    dashboardsLegacyFormatRule,
    'accepts a widget with a layout as the only sign of it',
    assetIntegration({ [F]: { description: '', template_variables: [], widgets: [{ layout: { x: 0 } }] } }),
    [],
  ],
  [
    dashboardsLegacyFormatRule,
    'reports a screenboard payload',
    assetIntegration({ [F]: LEGACY }),
    [
      d(
        'dashboards/legacy-format',
        F,
        1,
        1,
        'the dashboard is not using the new /dashboard payload format (no layout_type, title or created_at, and no widget with a definition or layout)',
      ),
    ],
  ],
  [
    dashboardsLegacyFormatRule,
    'leaves a payload without widgets to dashboards/missing-field',
    assetIntegration({ [F]: { board_title: 'Foo' } }),
    [],
  ],
  [dashboardsAppIdRule, "accepts widgets naming the manifest's app", ok, []],
  [
    dashboardsAppIdRule,
    "reports a group's inner widget naming another app, at its app_id",
    assetIntegration({ [F]: innerAppId('other') }),
    [
      d(
        'dashboards/app-id-mismatch',
        F,
        17,
        25,
        `widget 2 has app_id "other", not the manifest's app_uuid "${APP_UUID}"`,
      ),
    ],
  ],
  [dashboardsAppIdRule, 'accepts an empty app_id, as ddev does', assetIntegration({ [F]: innerAppId('') }), []],
  [
    dashboardsAppIdRule,
    'does not check a v1 manifest',
    assetIntegration({ [F]: innerAppId('other') }, (m) => (m.manifest_version = '1.0.0')),
    [],
  ],
  [
    dashboardsAppIdRule,
    'reports a v2 manifest without app_uuid',
    assetIntegration({ [F]: dashboard() }, (m) => delete m.app_uuid),
    [
      d(
        'dashboards/app-id-mismatch',
        M,
        1,
        1,
        "the manifest has no app_uuid, which the dashboards' widgets are checked against",
      ),
    ],
  ],
];

describe('dashboard rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

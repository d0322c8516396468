import type { Finding, LintRule } from '../../lint-rule';
import { findNode, placeOf, type JsonNode } from '../../json/json-node';
import { isTruthy, readAssetObjects, showValue } from '../asset-files';
import { MANIFEST } from '../manifest/manifest-rule';
import { report } from '../rule-helpers';

/** Every widget's app_id that differs from the app's uuid, group widgets' inner widgets included. */
function mismatches(widgets: JsonNode | undefined, appUuid: JsonNode | undefined, file: string): Finding[] {
  if (widgets?.kind !== 'array') return [];
  return widgets.items.flatMap((widget) => {
    const definition = findNode(widget, ['definition']);
    const inner = findNode(definition, ['widgets']);
    const out = isTruthy(inner) ? mismatches(inner, appUuid, file) : [];
    const appId = findNode(definition, ['app_id']);
    if (
      !appId ||
      !isTruthy(appId) ||
      (appId.kind === 'string' && appUuid?.kind === 'string' && appId.value === appUuid.value)
    )
      return out;
    const id = findNode(widget, ['id']);
    const expected = appUuid?.kind === 'string' ? appUuid.value : '';
    out.push(
      report(
        file,
        appId.start,
        `widget ${id ? showValue(id) : '(without id)'} has app_id ${showValue(appId)}, not the manifest's app_uuid ${appUuid ? showValue(appUuid) : ''}`.trimEnd(),
        `set the widget's app_id to "${expected}" (ddev validate dashboards --fix does it)`,
      ),
    );
    return out;
  });
}

export const dashboardsAppIdRule: LintRule = {
  id: 'dashboards/app-id-mismatch',
  policy: {
    provenance: 'upstream',
    validator: 'dashboards',
    basis:
      '`ddev validate dashboards` with a v2 manifest: `<file> widget <id> does not contain correct app_uuid: <app_id> should be <app_uuid>`; without an app_uuid in the manifest it stops with a traceback',
  },
  description:
    'With a v2 manifest, a widget of a dashboard that names an app (`definition.app_id`, in group widgets too) names this integration\'s app: the manifest\'s `app_uuid`. A dashboard copied from another integration keeps that one\'s uuid, and its widgets then belong to the wrong app. Bad: `"app_id": "6e5b6fa3-..."` copied from elsewhere. Good: the manifest\'s `app_uuid`. Fix: set each reported app_id to the app_uuid (`ddev validate dashboards --fix` rewrites them).',
  check: (context) => {
    const model = context.manifest();
    if (!model || model.major !== 2) return [];
    const dashboards = readAssetObjects(context, 'dashboards');
    if (dashboards.length === 0) return [];
    const appUuid = findNode(model.root, ['app_uuid']);
    if (!appUuid)
      return [
        report(
          MANIFEST,
          placeOf(model.root, ['app_uuid']),
          "the manifest has no app_uuid, which the dashboards' widgets are checked against",
          'set "app_uuid" to the integration\'s app uuid (nx g @dd/plugin:integration writes one)',
        ),
      ];
    return dashboards.flatMap(({ asset, member }) => mismatches(member('widgets')?.value, appUuid, asset.file));
  },
};

import type { LintRule } from '../../lint-rule';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';

/** Top-level fields only the /dashboard payload has, and widget fields only its widgets have (ddev's lists). */
const DASHBOARD_ONLY_FIELDS = ['layout_type', 'title', 'created_at'];
const DASHBOARD_ONLY_WIDGET_FIELDS = ['definition', 'layout'];

export const dashboardsLegacyFormatRule: LintRule = {
  id: 'dashboards/legacy-format',
  policy: {
    provenance: 'upstream',
    validator: 'dashboards',
    basis: '`ddev validate dashboards`: `<file> is not using the new /dashboard payload format.`',
  },
  description:
    'Each dashboard the manifest names uses the /dashboard payload format: it has `layout_type`, `title` or `created_at` at the top level, or a widget with a `definition` or a `layout`. The legacy screenboard and timeboard payloads (`board_title`, widgets with a `type` and their fields inline) are refused. Bad: `{"board_title": "Foo", "widgets": [{"type": "timeseries", ...}]}`. Good: `{"title": "Foo", "layout_type": "ordered", "widgets": [{"definition": {"type": "timeseries", ...}}]}`. Fix: open the dashboard in Datadog and export it again (Share → Export dashboard JSON).',
  check: (context) =>
    readAssetObjects(context, 'dashboards').flatMap(({ asset, root, member }) => {
      if (DASHBOARD_ONLY_FIELDS.some((key) => member(key))) return [];
      const widgets = member('widgets')?.value;
      // Without widgets ddev stops with a traceback; dashboards/missing-field reports the field.
      if (!widgets) return [];
      const hasNewWidget =
        widgets.kind === 'array' &&
        widgets.items.some(
          (w) => w.kind === 'object' && w.members.some((m) => DASHBOARD_ONLY_WIDGET_FIELDS.includes(m.key)),
        );
      if (hasNewWidget) return [];
      return [
        report(
          asset.file,
          root.start,
          'the dashboard is not using the new /dashboard payload format (no layout_type, title or created_at, and no widget with a definition or layout)',
          'export the dashboard again from Datadog (Share → Export dashboard JSON), which writes the /dashboard format',
        ),
      ];
    }),
};

import type { LintRule } from '../../lint-rule';
import { isTruthy, readAssetObjects, showValue } from '../asset-files';
import { report } from '../rule-helpers';
import { NO_OPTIONS_PAGES, PAGE_OPTIONS } from './saved-view-schema';

export const savedViewsInvalidOptionsRule: LintRule = {
  id: 'saved-views/invalid-options',
  policy: {
    provenance: 'upstream',
    validator: 'saved-views',
    basis:
      '`ddev validate saved-views`: `saved view (<name>) options are invalid` for options that are not an object (a falsy non-object stops it with a traceback), and `has an invalid options for page <page>`',
  },
  description:
    'The `options` of a saved view, when present, are an object whose keys the page takes: on `stream` columns, message_display, show_date_column, show_message_column, show_timeline, sort and stream; on `analytics` aggregations, group_bys, limit, order, step_ms and widget; on `process_overview` sort, graph_options, view_options, filter, selected_top_graph and enabled_columns; on `insights`, `patterns` and `traces` none at all; the container pages take any. Bad: `"page": "patterns", "options": {"columns": []}`. Good: `"page": "stream", "options": {"columns": ["host", "service"]}`. Fix: remove the options the page does not take.',
  check: (context) =>
    readAssetObjects(context, 'saved_views').flatMap(({ asset, member }) => {
      const options = member('options')?.value;
      if (!options) return [];
      if (options.kind !== 'object')
        return [
          report(
            asset.file,
            options.start,
            `the saved view's options are invalid: ${showValue(options)} is not an object`,
            'write options as an object, or remove them',
          ),
        ];
      const page = member('page')?.value;
      if (page?.kind !== 'string') return [];
      const allowed = PAGE_OPTIONS.get(page.value);
      const keys = [...new Set(options.members.map((m) => m.key))];
      const bad = allowed
        ? keys.filter((key) => !allowed.includes(key))
        : NO_OPTIONS_PAGES.includes(page.value) && isTruthy(options)
          ? keys
          : [];
      if (bad.length === 0) return [];
      const takes = allowed
        ? `page '${page.value}' takes ${allowed.join(', ')}`
        : `page '${page.value}' takes no options`;
      return [
        report(
          asset.file,
          options.start,
          `the saved view has invalid options for page '${page.value}': ${bad.join(', ')}`,
          `remove them (${takes})`,
        ),
      ];
    }),
};

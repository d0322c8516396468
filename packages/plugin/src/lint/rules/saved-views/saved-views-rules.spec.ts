import { assetIntegration } from '../../__fixtures__/asset-integration';
import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { savedViewsFieldsRule } from './fields';
import { savedViewsInvalidJsonRule } from './invalid-json';
import { savedViewsInvalidOptionsRule } from './invalid-options';
import { savedViewsInvalidValueRule } from './invalid-value';
import { savedViewsMissingFileRule } from './missing-file';

const F = 'assets/saved_views/errors.json';
/** A logs stream view with its options; `changes` replaces fields (undefined removes one). */
const view = (changes: Record<string, unknown> = {}) => {
  const x: Record<string, unknown> = {
    name: 'Errors',
    type: 'logs',
    page: 'stream',
    query: 'source:foo',
    options: { columns: ['host'] },
    ...changes,
  };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete x[k];
  return assetIntegration({ [F]: x });
};
const ALLOWED = 'name, page, query, type, options, timerange, visible_facets';

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [savedViewsMissingFileRule, 'accepts a named view that exists', view(), []],
  [
    savedViewsMissingFileRule,
    'reports a named view that does not exist',
    assetIntegration({}, (m) => (m.assets.saved_views = { errors: F })),
    [
      d(
        'saved-views/missing-file',
        'manifest.json',
        13,
        17,
        `assets.saved_views.errors names the saved view '${F}', which does not exist`,
      ),
    ],
  ],
  [
    savedViewsInvalidJsonRule,
    'reports a trailing comma',
    assetIntegration({ [F]: '{"name": "x",}' }),
    [d('saved-views/invalid-json', F, 1, 13, 'the saved view is not valid JSON: trailing comma before }')],
  ],
  [
    savedViewsInvalidJsonRule,
    'reports a file that holds no object',
    assetIntegration({ [F]: '"x"' }),
    [d('saved-views/invalid-json', F, 1, 1, 'the saved view must hold a JSON object, found a string')],
  ],
  [
    savedViewsFieldsRule,
    'accepts the required and optional fields',
    view({ timerange: { interval_ms: 1 }, visible_facets: [] }),
    [],
  ],
  [
    savedViewsFieldsRule,
    'reports the missing required fields',
    view({ query: undefined, name: undefined }),
    [d('saved-views/fields', F, 1, 1, 'the saved view does not have the required fields: name, query')],
  ],
  [
    savedViewsFieldsRule,
    'reports an unknown field at its key',
    view({ id: 3 }),
    [d('saved-views/fields', F, 11, 3, `unknown field 'id' in a saved view (allowed: ${ALLOWED})`)],
  ],
  [
    savedViewsInvalidValueRule,
    'accepts a valid view',
    view({ timerange: { interval_ms: 3600000 }, visible_facets: ['source'] }),
    [],
  ],
  [
    savedViewsInvalidValueRule,
    'reports an unknown type',
    view({ type: 'metrics' }),
    [d('saved-views/invalid-value', F, 3, 11, 'the saved view has an invalid type: "metrics"')],
  ],
  [
    savedViewsInvalidValueRule,
    'reports an unknown page',
    view({ page: 'explorer' }),
    [d('saved-views/invalid-value', F, 4, 11, 'the saved view has an invalid page: "explorer"')],
  ],
  [
    savedViewsInvalidValueRule,
    'reports a timerange without interval_ms',
    view({ timerange: { from: 'now-1h' } }),
    [d('saved-views/invalid-value', F, 11, 16, 'the saved view has an invalid timerange: {"from":"now-1h"}')],
  ],
  [
    savedViewsInvalidValueRule,
    'reports an interval that is not a number',
    view({ timerange: { interval_ms: '1' } }),
    [d('saved-views/invalid-value', F, 12, 20, 'the saved view has an invalid timerange interval: "1"')],
  ],
  [
    savedViewsInvalidValueRule,
    'accepts what Python takes as no timerange or a number',
    view({ timerange: {}, visible_facets: '' }),
    [],
  ],
  [
    savedViewsInvalidValueRule,
    'accepts a boolean interval, an int to Python',
    view({ timerange: { interval_ms: true } }),
    [],
  ],
  [
    savedViewsInvalidValueRule,
    'reports visible facets that are not a list',
    view({ visible_facets: 'source' }),
    [d('saved-views/invalid-value', F, 11, 21, 'the saved view has invalid visible facets: "source"')],
  ],
  [savedViewsInvalidOptionsRule, 'accepts the options of the stream page', view(), []],
  [
    savedViewsInvalidOptionsRule,
    'reports options that are not an object, null too',
    view({ options: null }),
    [d('saved-views/invalid-options', F, 6, 14, "the saved view's options are invalid: null is not an object")],
  ],
  [
    savedViewsInvalidOptionsRule,
    'reports an option the page does not take',
    view({ options: { columns: [], widget: 1 } }),
    [d('saved-views/invalid-options', F, 6, 14, "the saved view has invalid options for page 'stream': widget")],
  ],
  [
    savedViewsInvalidOptionsRule,
    'reports options on a page that takes none',
    view({ page: 'patterns', options: { a: 1 } }),
    [d('saved-views/invalid-options', F, 6, 14, "the saved view has invalid options for page 'patterns': a")],
  ],
  [
    savedViewsInvalidOptionsRule,
    'accepts empty options on a page that takes none',
    view({ page: 'patterns', options: {} }),
    [],
  ],
  [
    savedViewsInvalidOptionsRule,
    'accepts any option on a container page',
    view({ type: 'container', page: 'container_overview', options: { anything: 1 } }),
    [],
  ],
];

describe('saved view rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

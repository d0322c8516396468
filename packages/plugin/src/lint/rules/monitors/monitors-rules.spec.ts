import { assetIntegration } from '../../__fixtures__/asset-integration';
import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { monitorsDescriptionRule } from './description-too-long';
import { monitorsIntegrationTagRule } from './integration-tag';
import { monitorsInvalidJsonRule } from './invalid-json';
import { monitorsMissingFieldRule } from './missing-field';
import { monitorsNameRule } from './name-mismatch';

const F = 'assets/monitors/latency.json';
const DEFINITION = {
  name: '[Foo] Latency is high',
  type: 'query alert',
  query: 'avg(last_5m):avg:foo.latency{*} > 1',
  message: 'Latency is high.',
  options: {},
};
/** A monitor template of `foo`; `changes` replaces top-level fields (undefined removes one). */
const monitor = (changes: Record<string, unknown> = {}) => {
  const x: Record<string, unknown> = {
    version: 2,
    title: 'Latency is high',
    description: 'Requests take longer than usual.',
    tags: ['integration:foo'],
    definition: DEFINITION,
    ...changes,
  };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete x[k];
  return assetIntegration({ [F]: x });
};
const W = 'warning' as const;

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [monitorsInvalidJsonRule, 'accepts a monitor template', monitor(), []],
  [
    monitorsInvalidJsonRule,
    'reports a comment',
    assetIntegration({ [F]: '{\n  // latency\n}' }),
    [d('monitors/invalid-json', F, 2, 3, 'the monitor is not valid JSON: comments are not allowed in JSON')],
  ],
  [monitorsMissingFieldRule, 'accepts a complete template', monitor(), []],
  [
    monitorsMissingFieldRule,
    'reports missing template and definition fields',
    monitor({ title: undefined, definition: { name: 'x', type: 'query alert' } }),
    [
      d(
        'monitors/missing-field',
        F,
        1,
        1,
        'the monitor does not contain the required fields: title, definition.query, definition.message, definition.options',
        W,
      ),
    ],
  ],
  [
    monitorsMissingFieldRule,
    'reports a monitor exported without the template option',
    assetIntegration({ [F]: DEFINITION }),
    [
      d(
        'monitors/missing-field',
        F,
        1,
        1,
        'the monitor does not contain the required fields: title, description, tags, definition',
        W,
      ),
    ],
  ],
  [monitorsDescriptionRule, 'accepts 300 characters', monitor({ description: 'x'.repeat(300) }), []],
  [monitorsDescriptionRule, 'counts characters as Python does', monitor({ description: '\u{1f525}'.repeat(300) }), []],
  [
    monitorsDescriptionRule,
    'reports 301 characters at the key',
    monitor({ description: 'x'.repeat(301) }),
    [
      d(
        'monitors/description-too-long',
        F,
        4,
        3,
        "the monitor's description has 301 characters, at most 300 are allowed",
        W,
      ),
    ],
  ],
  [monitorsIntegrationTagRule, 'accepts an integration tag', monitor(), []],
  [
    monitorsIntegrationTagRule,
    'reports tags without one',
    monitor({ tags: ['team:foo'] }),
    [d('monitors/integration-tag', F, 5, 3, 'the monitor has no `integration:` tag', W)],
  ],
  [monitorsIntegrationTagRule, 'leaves missing tags to monitors/missing-field', monitor({ tags: undefined }), []],
  [monitorsNameRule, 'accepts the display name in any case', monitor(), []],
  [monitorsNameRule, 'accepts the folder name', monitor({ definition: { ...DEFINITION, name: 'foo latency' } }), []],
  [
    monitorsNameRule,
    "reports a name without the integration's",
    monitor({ definition: { ...DEFINITION, name: 'Latency on {{host.name}}' } }),
    [
      d(
        'monitors/name-mismatch',
        F,
        9,
        13,
        "the monitor's name 'Latency on {{host.name}}' does not contain the integration's name ('foo')",
        W,
      ),
    ],
  ],
];

describe('monitor rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

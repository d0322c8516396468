import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

export const manifestMetricPrefixRule: LintRule = {
  id: 'manifest/metric-prefix',
  policy: {
    provenance: 'advice',
    basis:
      "ddev does not validate the prefix's shape (integrations-extras overrides some in .ddev/config.toml); `ddev validate metadata` does check that metrics start with it",
  },
  description:
    'The metric prefix (v1 `metric_prefix`, v2 `assets.integration.metrics.prefix`) ends with a dot and is a valid metric namespace: Datadog matches metric names against it as a plain string, so `foo` would also claim `foobar.*`. A prefix without the dot is a warning (Datadog\'s validation lets it pass), invalid characters an error. Bad: `"prefix": "foo"`. Good: `"prefix": "foo."`. Fix: add the dot.',
  check: (context) => {
    const model = context.manifest();
    if (!model) return [];
    const { node, at } = fieldAt(model, model.metricPrefixPath);
    if (node?.kind !== 'string') return [];
    if (!/^[a-zA-Z][a-zA-Z0-9_.]*$/.test(node.value)) {
      return [
        report(
          MANIFEST,
          at,
          `metric prefix '${node.value}' is not a valid metric namespace`,
          'use letters, digits, _ and dots, starting with a letter, and end with a dot',
        ),
      ];
    }
    if (node.value.endsWith('.')) return [];
    // Datadog's own validation accepts a prefix without the dot, so this stays a warning.
    return [
      report(
        MANIFEST,
        at,
        `metric prefix '${node.value}' does not end with a dot`,
        `write "${node.value}."`,
        'warning',
      ),
    ];
  },
};

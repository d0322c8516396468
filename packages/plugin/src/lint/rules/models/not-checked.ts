import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const modelsNotCheckedRule: LintRule = {
  id: 'models/not-checked',
  policy: {
    provenance: 'advice',
    basis:
      'nothing is known to be wrong: the model generator could not be installed or run here, so config_models/ was not compared with spec.yaml; a warning, so that lint without a package index still passes, and says so',
  },
  description:
    "Where a check has `config_models/` and Datadog's model generator (datamodel-code-generator with the formatters ddev uses, which the plugin installs into the workspace's tool folder on first use) cannot be installed or loaded, lint says so once per integration, with the cause, instead of the findings of models/out-of-sync; every other rule still runs. Fix: give the workspace a Python 3.10 or later with pip and access to the package index, then lint again.",
  check: (context) => {
    const rendering = context.renderedConfig;
    const models = rendering?.kind === 'rendered' ? rendering.models : undefined;
    if (models?.kind !== 'unavailable') return [];
    return [
      report(
        `datadog_checks/${context.name}/config_models`,
        undefined,
        `config_models/ was not compared with spec.yaml: ${models.reason}`,
        models.hint,
        'warning',
      ),
    ];
  },
};

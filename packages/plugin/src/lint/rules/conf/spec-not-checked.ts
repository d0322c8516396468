import { SPEC_PATH } from '../../../config-spec/rendered-config';
import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const confSpecNotCheckedRule: LintRule = {
  id: 'conf/spec-not-checked',
  policy: {
    provenance: 'advice',
    basis:
      'nothing is known to be wrong: spec.yaml could not be rendered here (the renderer could not be installed or run), so neither the spec nor its examples were checked; a warning, so that lint without a package index still passes, and says so',
  },
  description:
    "Where assets/configuration/spec.yaml exists and Datadog's renderer (datadog-checks-dev, which the plugin installs into the workspace's tool folder on first use) cannot run, lint says so once per integration, with the cause, instead of the findings of conf/spec-drift and conf/spec-invalid; every other rule still runs. Fix: give the workspace a Python 3.10 or later with pip and access to the package index (or set DD_CHECKS_DEV to a folder holding datadog-checks-dev and PyYAML), then lint again.",
  check: (context) => {
    const rendering = context.renderedConfig;
    if (rendering?.kind !== 'unavailable' || !context.exists(SPEC_PATH)) return [];
    return [
      report(
        SPEC_PATH,
        undefined,
        `spec.yaml and the examples it renders were not checked: ${rendering.reason}`,
        rendering.hint,
        'warning',
      ),
    ];
  },
};

import { describeRenderErrors } from '../../../config-spec/describe-render-errors';
import { describeSpecError } from '../../../config-spec/describe-spec-error';
import { SPEC_PATH } from '../../../config-spec/rendered-config';
import type { SpecFinding } from '../../../config-spec/spec-finding';
import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

const SYNTAX = /: Unable to parse the configuration specification: /;

export const confSpecInvalidRule: LintRule = {
  id: 'conf/spec-invalid',
  policy: {
    provenance: 'upstream',
    validator: 'config',
    basis:
      "`ddev validate config` loads spec.yaml with datadog-checks-dev's `ConfigSpec` and renders it with its `ExampleConsumer`, and fails on every error they report (`Template ... does not exist`, `Option name 'x' contains the following invalid option-level fields`, ...)",
  },
  description:
    "assets/configuration/spec.yaml is a configuration spec Datadog's renderer accepts: the errors are upstream's own (datadog-checks-dev loads and renders the spec), placed at their line and worded for the person who edits the file: an unknown template, a field an option or its value may not have (a typo such as `requried`, a `default` on the option instead of under `value`), an option defined twice, a missing `files` list or version, a description line over 120 characters. Bad: `- name: tls\\n  default: false\\n  value:\\n    type: boolean`. Good: `  value:\\n    type: boolean\\n    default: false`. Fix: correct spec.yaml at the reported line; then `nx lint <project> --fix` renders the example again.",
  check: (context) => {
    const rendering = context.renderedConfig;
    const text = context.files[SPEC_PATH];
    const parsed = context.yaml(SPEC_PATH);
    if (rendering?.kind !== 'rendered' || text === undefined || !parsed) return [];
    // A syntax error that our own reader sees too is conf/invalid-yaml's finding.
    const syntaxSeen = parsed.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
    const spec = {
      parsed,
      text,
      name: context.name,
      module: context.module,
      templates: rendering.templates,
      rendererVersion: rendering.rendererVersion,
    };
    const findings: SpecFinding[] = [
      ...rendering.errors.filter((e) => !(syntaxSeen && SYNTAX.test(e))).map((e) => describeSpecError(e, spec)),
      ...Object.values(rendering.renderErrors).flatMap((errors) => describeRenderErrors(errors, spec)),
    ];
    const seen = new Set<string>();
    return findings
      .filter((f) => !seen.has(`${f.line}:${f.message}`) && seen.add(`${f.line}:${f.message}`))
      .map((f) => report(SPEC_PATH, f, f.message, f.hint));
  },
};

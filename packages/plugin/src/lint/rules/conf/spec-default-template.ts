import { SPEC_PATH } from '../../../config-spec/rendered-config';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

const KINDS = ['default', 'openmetrics_legacy', 'openmetrics', 'jmx'];

/** The 1-based line of the first `template: <section>` line (the section itself, not a template under it). */
function sectionLine(text: string, section: string): number {
  const index = text.split('\n').findIndex((line) => new RegExp(`template:\\s*${section}\\s*$`).test(line));
  return index < 0 ? 1 : index + 1;
}

export const confSpecDefaultTemplateRule: LintRule = {
  id: 'conf/spec-default-template',
  policy: {
    provenance: 'advice',
    basis:
      "`ddev validate config` means to require it (`validate_default_template`: `Missing default template in init_config or instances section`), but its check loops over the characters of its dictionary's keys and accepts every spec (datadog-checks-dev 40.0.1): upstream CI never fails on it, so it is advice",
  },
  description:
    "A spec.yaml with `template: init_config` and `template: instances` sections uses one of the default templates in each: `init_config/default` (or openmetrics, openmetrics_legacy, jmx) and `instances/default` (or the same variants). They bring the options every check takes (`service`, `tags`, `min_collection_interval`, `empty_default_hostname`), which the Agent honours whether the example shows them or not. This is what ddev's `validate_default_template` is written to check, as its text search does. Bad: an `instances` section with only the check's own options. Good: `- template: instances/default` among its options. Fix: add the template to the section's options.",
  check: (context) => {
    const text = context.files[SPEC_PATH];
    // As ddev: a spec without both sections is not concerned.
    if (text === undefined || !text.includes('template: init_config') || !text.includes('template: instances'))
      return [];
    const out: Finding[] = [];
    for (const section of ['init_config', 'instances']) {
      const templates = KINDS.map((kind) => `${section}/${kind}`);
      if (templates.some((t) => text.includes(`template: ${t}`))) continue;
      out.push(
        report(
          SPEC_PATH,
          { line: sectionLine(text, section), column: 1 },
          `the ${section} section uses none of the default templates (${templates.join(', ')})`,
          `add \`- template: ${section}/default\` to the options of ${section}`,
          'warning',
        ),
      );
    }
    return out;
  },
};

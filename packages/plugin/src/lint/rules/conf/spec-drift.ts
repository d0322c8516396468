import { firstDifference } from '../../../config-spec/first-difference';
import { renderedExamplePath, SPEC_PATH } from '../../../config-spec/rendered-config';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const confSpecDriftRule: LintRule = {
  id: 'conf/spec-drift',
  policy: {
    provenance: 'upstream',
    validator: 'config',
    basis:
      '`ddev validate config` renders every example from spec.yaml and compares it with the file byte for byte (``File `conf.yaml.example` is not in sync, run "ddev validate config <check> -s"``)',
  },
  description:
    "Where assets/configuration/spec.yaml exists, each example it renders (conf.yaml.example, sometimes auto_conf.yaml) is in datadog_checks/<module>/data/ exactly as Datadog's renderer writes it: the rendering is upstream's own (datadog-checks-dev, installed into the workspace's tool folder), so the comparison is the one `ddev validate config` makes, line endings read as Python reads them. The finding points at the first line that differs and shows a short diff. Bad: an example edited by hand, or a spec changed without rendering the example again. Good: the example as the spec renders it. Fix: `nx lint <project> --fix` writes the rendered files (as `ddev validate config --sync` does); to change the example, change spec.yaml.",
  check: (context) => {
    const rendering = context.renderedConfig;
    if (rendering?.kind !== 'rendered' || rendering.errors.length > 0 || !context.exists(SPEC_PATH)) return [];
    const fix = `\`nx lint ${context.name} --fix\` writes it (\`ddev validate config --sync\` does the same)`;
    const out: Finding[] = [];
    for (const [file, rendered] of Object.entries(rendering.files)) {
      if ((rendering.renderErrors[file] ?? []).length > 0) continue;
      const path = renderedExamplePath(context.module, file);
      const disk = context.files[path];
      if (disk === undefined) {
        const unreadable = context.exists(path);
        out.push(
          report(
            path,
            undefined,
            unreadable
              ? `${file} is not UTF-8 text, so it cannot be what spec.yaml renders`
              : `${file} is missing: spec.yaml renders one`,
            fix,
          ),
        );
        continue;
      }
      const difference = firstDifference(disk, rendered);
      if (!difference) continue;
      out.push(
        report(
          path,
          { line: difference.line, column: 1 },
          `${file} is not what spec.yaml renders (first difference at line ${difference.line})`,
          `${fix}; to change the example, change spec.yaml. The first difference (- on disk, + rendered):\n${difference.diff.join('\n')}`,
        ),
      );
    }
    return out;
  },
};

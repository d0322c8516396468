import { compareModelFiles, modelFileReader, type ModelFileFinding } from '../../../config-spec/model-files';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

function toFinding(found: ModelFileFinding, fix: string): Finding {
  const inSync = `\`${found.file}\` is not in sync with spec.yaml`;
  switch (found.kind) {
    case 'generator-errors':
      return report(
        found.path,
        undefined,
        `the model generator cannot render \`${found.file}\` from spec.yaml: ${found.errors.join('; ')}`,
        'correct the options of spec.yaml named in the error, then `nx lint <project> --fix` writes the models',
      );
    case 'missing':
      return report(found.path, undefined, `${inSync}: spec.yaml generates it and it is missing`, fix);
    case 'empty':
      return report(found.path, undefined, `${inSync}: spec.yaml generates it and it is empty`, fix);
    case 'not-text':
      return report(found.path, undefined, `${inSync}: it is not UTF-8 text`, fix);
    case 'differs':
      return report(
        found.path,
        { line: found.difference.line, column: 1 },
        `${inSync} (first difference at line ${found.difference.line})`,
        `${fix}; to change the models, change spec.yaml. The first difference (- on disk, + generated):\n${found.difference.diff.join('\n')}`,
      );
  }
}

export const modelsOutOfSyncRule: LintRule = {
  id: 'models/out-of-sync',
  policy: {
    provenance: 'upstream',
    validator: 'models',
    basis:
      '`ddev validate models` generates every file of `config_models/` from spec.yaml with datadog-checks-dev\'s `ModelConsumer` (datamodel-code-generator, black, isort, ruff) and compares it with the file on disk (``File `instance.py` is not in sync, run "ddev validate models <check> -s"``); in a community repository only where `config_models/` exists',
  },
  description:
    "Where a check has assets/configuration/spec.yaml and a `datadog_checks/<check>/config_models/` folder, each model file (instance.py, shared.py, defaults.py, __init__.py, and validators.py until it is written) is what Datadog's model generator makes of the spec: the generator is upstream's own, pinned as ddev 20.1 installs it (datadog-checks-dev, datamodel-code-generator, black, isort, ruff) in the workspace's tool folder, and formats with the repository root's pyproject.toml, so the comparison is the one `ddev validate models` makes. The finding points at the first line that differs and shows a short diff. Bad: models edited by hand, or a spec changed without generating them again (a new option, a changed default). Good: the models as the spec generates them. Fix: `nx lint <project> --fix` writes them (as `ddev validate models --sync` does); to change a model, change spec.yaml.",
  check: (context) => {
    const rendering = context.renderedConfig;
    const models = rendering?.kind === 'rendered' ? rendering.models : undefined;
    if (models?.kind === 'crashed')
      // ddev stops on such a spec with a traceback, which fails the CI job.
      return [
        report(
          `datadog_checks/${context.name}/config_models`,
          undefined,
          `the model generator stopped on spec.yaml: ${models.reason}`,
          models.hint,
        ),
      ];
    if (models?.kind !== 'rendered') return [];
    const fix = `\`nx lint ${context.name} --fix\` writes it (\`ddev validate models ${context.name} -s\` does the same)`;
    return compareModelFiles(context.name, models, modelFileReader(context)).map((found) => toFinding(found, fix));
  },
};

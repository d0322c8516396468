import { firstDifference, universalNewlines } from '../../../config-spec/first-difference';
import { ENV_FILE, readEnvFile } from '../../../environments/read-env-file';
import { ENVIRONMENT_MODULE } from '../../../environments/render/render-environment-module';
import { renderedEnvironmentFiles } from '../../../environments/render/rendered-environment-files';
import type { Finding, LintRule } from '../../lint-rule';
import type { LintContext } from '../../lint-context';
import { report } from '../rule-helpers';

const CONFTEST = 'tests/conftest.py';
/** The lines that make the rendered fixture the tests' `dd_environment` (an import would be redefined by each fixture parameter). */
export const FIXTURE_IMPORT = 'from . import environment` and `dd_environment = environment.dd_environment';

/** The files ci/env.yaml renders that differ from the disk, with the text to write: what --fix writes. */
export function staleEnvironmentFiles(context: Pick<LintContext, 'name' | 'files'>) {
  const text = context.files[ENV_FILE];
  const envFile = text === undefined ? undefined : readEnvFile(text, ENV_FILE).envFile;
  if (!envFile) return { envFile, stale: [] };
  const rendered = renderedEnvironmentFiles(envFile, context.name, context.files['hatch.toml']);
  const stale = rendered.filter((file) => {
    const disk = context.files[file.path];
    return disk === undefined || universalNewlines(disk) !== file.text;
  });
  return { envFile, stale };
}

function check(context: LintContext): Finding[] {
  const { envFile, stale } = staleEnvironmentFiles(context);
  if (!envFile) return [];
  const fix = `\`nx lint ${context.name} --fix\` writes it; to change it, change ${ENV_FILE}`;
  const findings = stale.map((file) => {
    const disk = context.files[file.path];
    if (disk === undefined)
      return report(
        ENV_FILE,
        { line: 1, column: 1 },
        `\`ddev test\` reads ${file.path}, which ${ENV_FILE} renders, and it is missing`,
        fix,
      );
    const difference = firstDifference(disk, file.text)!;
    return report(
      file.path,
      { line: difference.line, column: 1 },
      `${file.path} is not what ${ENV_FILE} renders (first difference at line ${difference.line}): \`ddev test\` and \`nx test\` would run different environments`,
      `${fix}. The first difference (- on disk, + rendered):\n${difference.diff.join('\n')}`,
    );
  });
  const conftest = context.files[CONFTEST];
  if (envFile.services.length > 0 && conftest !== undefined && !/\bdd_environment\b/.test(conftest))
    findings.push(
      report(
        CONFTEST,
        { line: 1, column: 1 },
        `the tests have no \`dd_environment\` fixture: under \`ddev test\` nothing starts the services of ${ENV_FILE}`,
        `add \`${FIXTURE_IMPORT}\` to ${CONFTEST} (${ENVIRONMENT_MODULE} is rendered from ${ENV_FILE}), and make the fixtures of the integration tests depend on \`dd_environment\``,
      ),
    );
  return findings;
}

export const envRenderedRule: LintRule = {
  id: 'env/rendered',
  policy: {
    provenance: 'workspace',
    basis:
      "`ddev test` reads hatch.toml, tests/docker/docker-compose.yaml and the `dd_environment` fixture, and `nx test` reads ci/env.yaml: when the rendered files lag behind ci/env.yaml, the two run different flavors or services, and Datadog's CI tests something else than `nx test` did",
  },
  description:
    'Where ci/env.yaml declares flavors or services, what `ddev test` reads is rendered from it, so that one declaration is run by both: hatch.toml (the matrix: one environment per flavor, `py3.13-7.0`, with DD_ENV_FLAVOR and DD_ENV_VAR_<NAME> for its variables), and with services tests/docker/docker-compose.yaml (the services, ports on 127.0.0.1) and tests/environment.py (the `dd_environment` fixture: under `nx test` it uses the services Nx started, under `ddev test` it starts them with docker compose, waits for the same readiness conditions, runs the same before_script and removes them). Each file must be what ci/env.yaml renders, and tests/conftest.py must bring in the fixture. ' +
    'Bad: a flavor added to ci/env.yaml and not to hatch.toml (ddev tests one flavor less), a hand-edited compose file. Good: the files as rendered. ' +
    "Fix: `nx lint <project> --fix` writes them; change ci/env.yaml, not them. An empty ci/env.yaml renders nothing: hatch.toml is then the author's own.",
  check,
};

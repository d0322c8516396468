import type { WorkspaceTool } from './workspace-tool';

/**
 * The model generator that `ddev validate models` renders config_models/ with: datamodel-code-generator
 * and every distribution it imports, at the versions installed beside ddev 20.1 (datadog-checks-dev
 * 40.0.1 requires `datamodel-code-generator~=0.25.6`, which resolves to 0.25.9). black and isort
 * format what it generates, and ruff (pinned by datadog-checks-dev) reformats the long lines: a
 * different black, isort or ruff writes different files, so each is pinned, none left to the
 * resolver.
 */
export const DATAMODEL_CODE_GENERATOR_VERSION = '0.25.9';

/** The ruff that datadog-checks-dev 40.0.1 pins (`ruff==0.11.10`) for formatting generated models. */
export const MODELS_RUFF_VERSION = '0.11.10';

/** The generator's own imports, pinned as pip resolved them beside ddev 20.1 (wheels exist for Python 3.10 to 3.13). */
const GENERATOR_IMPORTS = [
  'black==26.10.1',
  'click==8.1.8',
  'mypy-extensions==1.2.0',
  'packaging==26.4',
  'pathspec==1.1.1',
  'platformdirs==4.14.9',
  'pytokens==0.4.1',
  'isort==5.13.2',
  'jinja2==3.1.6',
  'markupsafe==3.0.4',
  'genson==1.4.0',
  'inflect==5.6.2',
  'argcomplete==3.8.0',
  'pydantic==2.14.4',
  'pydantic-core==2.50.5',
  'typing-extensions==4.16.0',
  'annotated-types==0.8.0',
  'typing-inspection==0.4.5',
  // datadog_checks.dev.tooling.constants, which the formatter reads the repository's root from.
  'semver==3.2.0',
];

/** The generator as a workspace library: `.dd/tools/datamodel-code-generator-<version>/`, put on PYTHONPATH beside datadog-checks-dev. */
export const CONFIG_MODELS_TOOL: WorkspaceTool = {
  name: 'datamodel-code-generator',
  version: DATAMODEL_CODE_GENERATOR_VERSION,
  alongside: [...GENERATOR_IMPORTS, `ruff==${MODELS_RUFF_VERSION}`],
  libraryFile: 'datamodel_code_generator/__init__.py',
};

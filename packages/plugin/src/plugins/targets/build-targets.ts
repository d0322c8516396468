import { VALIDATE_WORKFLOW } from '../../lint/policy/ci-selection';
import type { TargetConfiguration } from '@nx/devkit';
import { TEST_ENVIRONMENT_TECHNOLOGIES } from './environment-targets';
import { CODEOWNERS_PATH, DDEV_CONFIG_PATH } from '../../lint/repository/repository-files';
import type { PluginLintOptions, TargetNames } from '../plugin-options';
import type { InputDefinition } from './input-definition';

export interface TargetContext {
  /** The names of the inferred targets (plugin options). */
  targets: TargetNames;
  /** The Agent's Python (plugin option), for integrations that declare none. */
  agentPython?: string;
  /** The lint options of the plugin (`strict`, `validators`), given to every lint target. */
  lint?: PluginLintOptions;
  /** Inputs that track @dd/plugin itself (see pluginInputs). */
  pluginInputs: (string | InputDefinition)[];
  /** The plugin's folder relative to the workspace root (`packages/plugin`, `node_modules/@dd/plugin`). */
  pluginRootFromWorkspace: string;
}

const EXECUTOR = (name: string) => `@dd/plugin:${name}`;
const PROJECT_FILES = '{projectRoot}/**/*';
/**
 * Named input of every Python project: the files that make up its installed package (what a
 * dependent's tests depend on), without documentation and tests.
 */
export const PACKAGE_INPUT = 'python-package';

export function buildPackageNamedInputs(): Record<string, string[]> {
  return { [PACKAGE_INPUT]: [PROJECT_FILES, ...DOCS, '!{projectRoot}/tests/**/*'] };
}

const DOCS = ['!{projectRoot}/README.md', '!{projectRoot}/CHANGELOG.md', '!{projectRoot}/images/**/*'];

/** setup: the integration's virtualenv; not cached by Nx (it keeps its own key). */
export function buildSetupTarget(context: Pick<TargetContext, 'agentPython'>): TargetConfiguration {
  return {
    executor: EXECUTOR('setup'),
    cache: false,
    options: context.agentPython ? { agentPython: context.agentPython } : {},
    metadata: {
      description:
        "Create or update the integration's Python virtualenv (.venv) on the Python it declares, with datadog-checks-base, datadog-checks-dev, pytest and ruff; a no-op when nothing changed",
      technologies: ['python'],
    },
  };
}

/**
 * The pyproject.toml files whose `[tool.ruff]` settings may apply to a project's Python code:
 * those of every parent folder up to the workspace root (see chooseRuffConfig; the project's own
 * is one of its files already).
 */
export function ruffSettingsInputs(root: string): string[] {
  const parents = root.split('/').filter(Boolean).slice(0, -1);
  return parents
    .map((_, i) => `{workspaceRoot}/${[...parents.slice(0, parents.length - i), 'pyproject.toml'].join('/')}`)
    .concat('{workspaceRoot}/pyproject.toml');
}

/** The repository files every integration's lint reads (CODEOWNERS, ddev's overrides), when they exist. */
const REPOSITORY_INPUTS = [
  `{workspaceRoot}/${CODEOWNERS_PATH}`,
  `{workspaceRoot}/${DDEV_CONFIG_PATH}`,
  `{workspaceRoot}/${VALIDATE_WORKFLOW}`,
];

/**
 * lint: file validators, and for a Python package ruff, the workspace's pinned one (no
 * virtualenv, hence no setup); cached on every file of the integration, on the ruff settings
 * that can apply to it from its parent folders, and on the repository's CODEOWNERS and ddev
 * configuration.
 */
export function buildLintTarget(context: TargetContext, root: string, python = true): TargetConfiguration {
  return {
    executor: EXECUTOR('lint'),
    cache: true,
    inputs: [
      PROJECT_FILES,
      ...(python ? [...ruffSettingsInputs(root), { env: 'DD_RUFF' }] : []),
      ...REPOSITORY_INPUTS,
      { env: 'DD_CHECKS_DEV' },
      ...context.pluginInputs,
    ],
    options: { ...context.lint },
    metadata: {
      description:
        "Validate every file of the integration (manifest.json, metadata.csv, README.md, conf.yaml.example and spec.yaml, service checks, package metadata, requirements, the Python code as ddev validate reads it, the CODEOWNERS entry) and lint the Python code with ruff as Datadog's CI does (ruff check and ruff format --check, the pinned ruff of .dd/tools, no virtualenv); --fix repairs what is safe and formats the Python code",
      technologies: ['python'],
    },
  };
}

/** test: pytest in the virtualenv; documentation changes do not invalidate it. */
export function buildTestTarget(context: TargetContext): TargetConfiguration {
  return {
    executor: EXECUTOR('test'),
    dependsOn: [context.targets.setup],
    cache: true,
    inputs: [PROJECT_FILES, ...DOCS, `^${PACKAGE_INPUT}`, ...context.pluginInputs, { env: 'DD_PYTHON' }],
    outputs: ['{workspaceRoot}/dist/{projectRoot}/test'],
    options: {},
    metadata: {
      description:
        "Run the pytest suite in the integration's virtualenv, write JUnit XML and print the metric coverage report against metadata.csv",
      technologies: ['python'],
    },
  };
}

/** clean: removes the virtualenv and generated files. */
export function buildCleanTarget(): TargetConfiguration {
  return {
    executor: EXECUTOR('clean'),
    cache: false,
    options: {},
    metadata: {
      description:
        "Remove the integration's virtualenv, output folder and Python caches (the guide's `rake clean_env`)",
      technologies: ['python'],
    },
  };
}

/**
 * ci: what CI runs for a project (`nx affected -t ci`); its work is done by the targets it
 * depends on, each cached on its own inputs.
 */
export function buildCiTarget(
  steps: readonly string[],
  technologies: readonly string[] = ['python'],
): TargetConfiguration {
  return {
    executor: 'nx:noop',
    dependsOn: [...steps],
    cache: false,
    metadata: {
      description: `Everything CI checks for this project: ${steps.join(', ')}`,
      technologies: [...technologies],
    },
  };
}

/** check: the guide's Validation step, run once against a live environment; never cached. */
export function buildCheckTarget(context: TargetContext): TargetConfiguration {
  return {
    executor: EXECUTOR('check'),
    dependsOn: [context.targets.setup],
    cache: false,
    options: {},
    metadata: {
      description:
        "Start a flavor's environment (--flavor), run the check once through datadog-checks-base and print the metrics, service checks and events it collected",
      technologies: [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

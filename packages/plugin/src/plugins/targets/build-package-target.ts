import type { TargetConfiguration } from '@nx/devkit';
import type { TargetContext } from './build-targets';

/**
 * Files of an integration that never reach its wheel or sdist. setuptools copies only
 * `tests/test*.py` into the sdist, so the rest of `tests/` (conftest, fixtures, compose files)
 * is left out; the README stays in, being the package's long description.
 */
export const NOT_PACKAGED = [
  '!{projectRoot}/tests/conftest.py',
  '!{projectRoot}/tests/__init__.py',
  '!{projectRoot}/tests/*/**/*',
  '!{projectRoot}/ci/**/*',
  '!{projectRoot}/changelog.d/**/*',
  '!{projectRoot}/CHANGELOG.md',
  '!{projectRoot}/images/**/*',
];

/** package: a wheel and an sdist in `dist/<projectRoot>/package`; cached on what they contain. */
export function buildPackageTarget(context: TargetContext): TargetConfiguration {
  return {
    executor: '@dd/plugin:package',
    cache: true,
    inputs: ['{projectRoot}/**/*', ...NOT_PACKAGED, ...context.pluginInputs],
    outputs: ['{workspaceRoot}/dist/{projectRoot}/package'],
    options: {},
    metadata: {
      description:
        'Build the wheel and sdist the Agent installs (datadog-agent integration install -w <wheel>) into dist/<projectRoot>/package',
      technologies: ['python'],
    },
  };
}

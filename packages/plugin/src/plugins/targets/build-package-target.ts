import type { TargetConfiguration } from '@nx/devkit';
import type { TargetContext } from './build-targets';

/**
 * Files of an integration that no sdist or wheel holds, with the generated setuptools layout
 * or the integrations-extras hatch layout (sdist: `datadog_checks/`, `tests/`, `manifest.json`).
 * Tests stay inputs: both layouts ship some of them in the sdist. The README stays in, being
 * the package's long description.
 */
export const NOT_PACKAGED = [
  '!{projectRoot}/CHANGELOG.md',
  '!{projectRoot}/changelog.d/**/*',
  '!{projectRoot}/ci/**/*',
  '!{projectRoot}/assets/**/*',
  '!{projectRoot}/images/**/*',
  '!{projectRoot}/metadata.csv',
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

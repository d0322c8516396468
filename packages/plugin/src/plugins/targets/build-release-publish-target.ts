import type { TargetConfiguration } from '@nx/devkit';
import type { TargetContext } from './build-targets';

/** The target `nx release publish` runs on every project of the release: its name is Nx's. */
export const RELEASE_PUBLISH_TARGET = 'nx-release-publish';

/**
 * nx-release-publish: uploads the wheel and sdist that the (cached) package target built to a
 * package index. Never cached: its effect is on the index, not in the workspace. No dependsOn on
 * the package target: the executor runs it for the projects it publishes, and only for them.
 */
export function buildReleasePublishTarget(context: Pick<TargetContext, 'targets'>): TargetConfiguration {
  return {
    executor: '@dd/plugin:release-publish',
    cache: false,
    options: { packageTarget: context.targets.package },
    metadata: {
      description:
        "Upload the integration's wheel and sdist to a PyPI-compatible index with uv publish (UV_PUBLISH_URL, UV_PUBLISH_USERNAME, UV_PUBLISH_PASSWORD); run by nx release publish",
      technologies: ['python'],
      help: {
        command: 'npx nx release publish --help',
        example: { options: { 'dry-run': true } },
      },
    },
  };
}

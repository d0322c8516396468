import type { NxJsonConfiguration } from '@nx/devkit';
import { RELEASE_TAG_PATTERN } from '../../../release/release-tag';

/** Where `nx release` finds the plugin's version actions in a workspace that installed the plugin. */
export const VERSION_ACTIONS = '@dd/plugin/src/nx-release/python-version-actions';

/**
 * `nx release` for Python integrations: each released on its own (independent versions), tagged
 * `<name>-<version>`, its version read from and written to `__about__.py` by the plugin's version
 * actions, bumped by its changelog.d fragments (read as version plans, hence `versionPlans`) or by
 * Nx's own version plans. The CHANGELOG.md entry is written by the version actions, so Nx's
 * changelog step writes no file; it would feed a GitHub or GitLab release if one is enabled.
 */
export function releaseConfiguration(versionActions = VERSION_ACTIONS): NonNullable<NxJsonConfiguration['release']> {
  return {
    projects: ['tag:kind:python'],
    projectsRelationship: 'independent',
    releaseTag: { pattern: RELEASE_TAG_PATTERN },
    versionPlans: true,
    version: { versionActions, currentVersionResolver: 'disk' },
    changelog: {
      workspaceChangelog: false,
      projectChangelogs: { file: false, createRelease: false, renderOptions: { authors: false } },
    },
    git: { commitMessage: 'Release {projectName} {version}' },
  };
}

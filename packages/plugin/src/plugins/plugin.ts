import { createNodesFromFiles, type CreateNodesContextV2, type CreateNodesV2, type ProjectConfiguration } from '@nx/devkit';
import { basename, dirname } from 'node:path';
import { pluginRoot } from '../plugin-version';
import { buildCiTarget, buildPackageNamedInputs, buildCleanTarget, buildLintTarget, buildSetupTarget, buildTestTarget, type TargetContext } from './targets/build-targets';
import { buildPackageTarget } from './targets/build-package-target';
import { buildBeforeScriptTarget, buildCleanupTarget, buildInstallTarget } from './targets/environment-targets';
import { pluginInputs } from './targets/plugin-inputs';

export const INTEGRATION_GLOB = 'integrations/*/manifest.json';
export const LIBRARY_GLOB = 'libs/*/pyproject.toml';

/** The inferred Nx project of one integration folder. */
export function buildIntegrationProject(root: string, context: TargetContext): ProjectConfiguration {
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: ['type:integration', 'lang:python'],
    namedInputs: buildPackageNamedInputs(),
    targets: {
      setup: buildSetupTarget(),
      lint: buildLintTarget(context),
      test: buildTestTarget(context),
      clean: buildCleanTarget(),
      install: buildInstallTarget(),
      before_script: buildBeforeScriptTarget(),
      cleanup: buildCleanupTarget(),
      package: buildPackageTarget(context),
      ci: buildCiTarget(['lint', 'test', 'package']),
    },
  };
}

/** The inferred Nx project of a shared Python library that integrations may require. */
export function buildLibraryProject(root: string, context: TargetContext): ProjectConfiguration {
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: ['type:python-library', 'lang:python'],
    namedInputs: buildPackageNamedInputs(),
    targets: {
      setup: buildSetupTarget(),
      test: buildTestTarget(context),
      clean: buildCleanTarget(),
      ci: buildCiTarget(['test']),
    },
  };
}

/**
 * Every `integrations/<name>/manifest.json` is an integration project and every
 * `libs/<name>/pyproject.toml` a shared Python library; no project.json needed.
 */
export const createNodesV2: CreateNodesV2 = [
  `{${INTEGRATION_GLOB},${LIBRARY_GLOB}}`,
  async (files, options, context: CreateNodesContextV2) => {
    const targetContext: TargetContext = { pluginInputs: pluginInputs(pluginRoot(), context.workspaceRoot) };
    return createNodesFromFiles(
      async (file) => {
        const root = dirname(file);
        const project = file.endsWith('manifest.json')
          ? buildIntegrationProject(root, targetContext)
          : buildLibraryProject(root, targetContext);
        return { projects: { [root]: project } };
      },
      files,
      options,
      context,
    );
  },
];

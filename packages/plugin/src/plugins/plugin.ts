import {
  createNodesFromFiles,
  type CreateNodesContextV2,
  type CreateNodesV2,
  type ProjectConfiguration,
  type TargetConfiguration,
} from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { flavorTargetName, type FlavorInfo } from '../flavors/flavor-targets';
import { readFlavors } from '../flavors/read-flavors';
import { pluginRoot } from '../plugin-version';
import { buildCheckTarget, buildCiTarget, buildPackageNamedInputs, buildCleanTarget, buildLintTarget, buildSetupTarget, buildTestTarget, type TargetContext } from './targets/build-targets';
import { buildFlavoredTestTarget, buildFlavorTestTarget } from './targets/build-flavor-targets';
import { buildPackageTarget } from './targets/build-package-target';
import { buildBeforeScriptTarget, buildCleanupTarget, buildInstallTarget } from './targets/environment-targets';
import { pluginInputs } from './targets/plugin-inputs';

export const INTEGRATION_GLOB = 'integrations/*/manifest.json';
export const LIBRARY_GLOB = 'libs/*/pyproject.toml';

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The test targets: one `test`, or `test` over one `test--<flavor>` per flavor. */
function buildTestTargets(context: TargetContext, root: string, flavors: readonly FlavorInfo[]): Record<string, TargetConfiguration> {
  if (flavors.length === 0) return { test: buildTestTarget(context) };
  return {
    test: buildFlavoredTestTarget(flavors),
    ...Object.fromEntries(flavors.map((f) => [flavorTargetName(f.name), buildFlavorTestTarget(context, root, f)])),
  };
}

/** The inferred Nx project of one integration folder (`flavors` from its ci/env.yaml). */
export function buildIntegrationProject(root: string, context: TargetContext, flavors: readonly FlavorInfo[] = []): ProjectConfiguration {
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: ['type:integration', 'lang:python'],
    namedInputs: buildPackageNamedInputs(),
    targets: {
      setup: buildSetupTarget(),
      lint: buildLintTarget(context),
      ...buildTestTargets(context, root, flavors),
      clean: buildCleanTarget(),
      install: buildInstallTarget(),
      before_script: buildBeforeScriptTarget(),
      cleanup: buildCleanupTarget(),
      check: buildCheckTarget(),
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
    const targetContext: TargetContext = {
      pluginInputs: pluginInputs(pluginRoot(), context.workspaceRoot),
      pluginRootFromWorkspace: relative(context.workspaceRoot, pluginRoot()).split(sep).join('/'),
    };
    return createNodesFromFiles(
      async (file) => {
        const root = dirname(file);
        const project = file.endsWith('manifest.json')
          ? buildIntegrationProject(root, targetContext, readFlavors(readOptional(join(context.workspaceRoot, root, 'ci', 'env.yaml'))))
          : buildLibraryProject(root, targetContext);
        return { projects: { [root]: project } };
      },
      files,
      options,
      context,
    );
  },
];

import { createNodesFromFiles, type CreateNodesContextV2, type CreateNodesV2, type ProjectConfiguration } from '@nx/devkit';
import { basename, dirname } from 'node:path';
import { pluginRoot } from '../plugin-version';
import { buildCleanTarget, buildLintTarget, buildSetupTarget, buildTestTarget, type TargetContext } from './targets/build-targets';
import { pluginInputs } from './targets/plugin-inputs';

export const INTEGRATION_GLOB = 'integrations/*/manifest.json';

/** The inferred Nx project of one integration folder. */
export function buildIntegrationProject(root: string, context: TargetContext): ProjectConfiguration {
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: ['type:integration', 'lang:python'],
    targets: {
      setup: buildSetupTarget(),
      lint: buildLintTarget(context),
      test: buildTestTarget(context),
      clean: buildCleanTarget(),
    },
  };
}

/** Every `integrations/<name>/manifest.json` is an integration project; no project.json needed. */
export const createNodesV2: CreateNodesV2 = [
  INTEGRATION_GLOB,
  async (manifestFiles, options, context: CreateNodesContextV2) => {
    const targetContext: TargetContext = { pluginInputs: pluginInputs(pluginRoot(), context.workspaceRoot) };
    return createNodesFromFiles(
      async (manifestFile) => {
        const root = dirname(manifestFile);
        return { projects: { [root]: buildIntegrationProject(root, targetContext) } };
      },
      manifestFiles,
      options,
      context,
    );
  },
];

import {
  createNodesFromFiles,
  hashArray,
  type CreateNodesContextV2,
  type CreateNodesV2,
  type ProjectConfiguration,
  type TargetConfiguration,
} from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { readIntegrationKind, type IntegrationKind } from '../adapters/read-integration-kind';
import { flavorTargetName, type FlavorInfo } from '../flavors/flavor-targets';
import { pluginRoot } from '../plugin-version';
import { normalizePluginOptions, type DdPluginOptions, type NormalizedPluginOptions } from './plugin-options';
import { PROJECT_MARKERS, selectProjectFiles } from './select-project-files';
import { openInferenceCache, pluginCodeFingerprint, type InferenceCache } from './inference-cache';
import {
  buildCheckTarget,
  buildCiTarget,
  buildPackageNamedInputs,
  buildCleanTarget,
  buildLintTarget,
  buildSetupTarget,
  buildTestTarget,
  type TargetContext,
} from './targets/build-targets';
import { buildFlavoredTestTarget, buildFlavorTestTarget } from './targets/build-flavor-targets';
import { buildPackageTarget } from './targets/build-package-target';
import { buildReleasePublishTarget, RELEASE_PUBLISH_TARGET } from './targets/build-release-publish-target';
import { buildBeforeScriptTarget, buildCleanupTarget, buildInstallTarget } from './targets/environment-targets';
import { pluginInputs } from './targets/plugin-inputs';

/**
 * The files that can make a project; the folders they must sit in come from the options
 * (`integrations`, `libraries`), since Nx's glob is fixed when the plugin loads.
 */
export const PROJECT_FILES_GLOB = `**/{${PROJECT_MARKERS.join(',')}}`;

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The test targets: one `test`, or `test` over one `test--<flavor>` per flavor. */
function buildTestTargets(
  context: TargetContext,
  root: string,
  flavors: readonly FlavorInfo[],
): Record<string, TargetConfiguration> {
  const test = context.targets.test;
  if (flavors.length === 0) return { [test]: buildTestTarget(context) };
  return {
    [test]: buildFlavoredTestTarget(flavors, test),
    ...Object.fromEntries(
      flavors.map((f) => [flavorTargetName(f.name, test), buildFlavorTestTarget(context, root, f)]),
    ),
  };
}

const TILE_DESCRIPTION =
  'Tile-only integration (manifest, README, metadata, assets; no Python package): lint is its CI';
const PYTHON_DESCRIPTION = 'Python integration (an Agent check package)';
const NO_MANIFEST = '; no manifest.json: its tile is published elsewhere';

/** The targets of a Python integration, by what it has: tests, test environments. */
function pythonTargets(
  root: string,
  context: TargetContext,
  kind: IntegrationKind,
  flavors: readonly FlavorInfo[],
): Record<string, TargetConfiguration> {
  const t = context.targets;
  return {
    [t.setup]: buildSetupTarget(context),
    [t.lint]: buildLintTarget(context, root),
    ...(kind.tests
      ? buildTestTargets(
          context,
          root,
          flavors.filter((f) => kind.environments || f.source === 'hatch'),
        )
      : {}),
    [t.clean]: buildCleanTarget(),
    ...(kind.environments
      ? {
          [t.install]: buildInstallTarget(),
          [t.beforeScript]: buildBeforeScriptTarget(),
          [t.cleanup]: buildCleanupTarget(),
          [t.check]: buildCheckTarget(context),
        }
      : {}),
    [t.package]: buildPackageTarget(context),
    [RELEASE_PUBLISH_TARGET]: buildReleasePublishTarget(context),
    [t.ci]: buildCiTarget([t.lint, ...(kind.tests ? [t.test] : []), t.package]),
  };
}

/**
 * How Nx Console and the graph view group a project's targets: by what a target works on. Only
 * targets the project has are listed; empty groups are left out.
 */
export function buildTargetGroups(
  targets: Record<string, TargetConfiguration>,
  names: TargetContext['targets'],
): Record<string, string[]> {
  const groups: Record<string, string[]> = {
    Validation: [names.lint],
    'Python environment': [names.setup, names.clean],
    Tests: Object.keys(targets).filter((t) => t === names.test || t.startsWith(`${names.test}--`)),
    'Test environments (Docker)': [names.install, names.beforeScript, names.check, names.cleanup],
    Release: [names.package, RELEASE_PUBLISH_TARGET],
    CI: [names.ci],
  };
  return Object.fromEntries(
    Object.entries(groups)
      .map(([group, members]) => [group, members.filter((m) => m in targets)] as const)
      .filter(([, members]) => members.length > 0),
  );
}

/** The inferred Nx project of one integration folder (`flavors` from its ci/env.yaml, else its hatch.toml matrix). */
export function buildIntegrationProject(
  root: string,
  context: TargetContext,
  kind: IntegrationKind = { manifest: true, python: true, tests: true, environments: true },
  flavors: readonly FlavorInfo[] = [],
): ProjectConfiguration {
  const t = context.targets;
  const targets = kind.python
    ? pythonTargets(root, context, kind, flavors)
    : { [t.lint]: buildLintTarget(context, root, false), [t.ci]: buildCiTarget([t.lint], []) };
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: kind.python ? ['type:integration', 'kind:python', 'lang:python'] : ['type:integration', 'kind:tile'],
    metadata: {
      description: kind.python ? `${PYTHON_DESCRIPTION}${kind.manifest ? '' : NO_MANIFEST}` : TILE_DESCRIPTION,
      targetGroups: buildTargetGroups(targets, t),
    },
    ...(kind.python ? { namedInputs: buildPackageNamedInputs() } : {}),
    // A tile has no version: should `nx release` include it, it neither reads nor writes one.
    ...(kind.python ? {} : { release: { version: { currentVersionResolver: 'none' as const } } }),
    targets,
  };
}

/** The inferred Nx project of a shared Python library that integrations may require. */
export function buildLibraryProject(root: string, context: TargetContext): ProjectConfiguration {
  const t = context.targets;
  const targets = {
    [t.setup]: buildSetupTarget(context),
    [t.test]: buildTestTarget(context),
    [t.clean]: buildCleanTarget(),
    [t.ci]: buildCiTarget([t.test]),
  };
  return {
    name: basename(root),
    root,
    projectType: 'library',
    tags: ['type:python-library', 'lang:python'],
    metadata: { description: 'Shared Python library of the workspace', targetGroups: buildTargetGroups(targets, t) },
    namedInputs: buildPackageNamedInputs(),
    targets,
  };
}

function targetContext(options: NormalizedPluginOptions, workspaceRoot: string): TargetContext {
  return {
    targets: options.targets,
    agentPython: options.agentPython,
    lint: options.lint,
    pluginInputs: pluginInputs(pluginRoot(), workspaceRoot),
    pluginRootFromWorkspace: relative(workspaceRoot, pluginRoot()).split(sep).join('/'),
  };
}

/**
 * Every folder matched by `integrations` (default `integrations/*`) that has a manifest.json or a
 * Python package is an integration project, and every folder matched by `libraries` (default `libs/*`) with a
 * pyproject.toml a shared Python library; no project.json needed. A folder that cannot be a
 * project is reported once and left out: one bad folder never takes the graph down.
 */
export const createNodesV2: CreateNodesV2<DdPluginOptions> = [
  PROJECT_FILES_GLOB,
  async (files, rawOptions, context: CreateNodesContextV2) => {
    const options = normalizePluginOptions(rawOptions);
    const selection = selectProjectFiles(files, options);
    for (const problem of selection.problems)
      console.warn(`@dd/plugin: ${problem.path}: ${problem.message}; ${problem.hint}`);
    const tc = targetContext(options, context.workspaceRoot);
    const cache = openInferenceCache<ProjectConfiguration>(context.workspaceRoot, 'projects', rawOptions);
    // What every project's key shares: the plugin's code and the options, hashed once.
    const shared = hashArray([pluginCodeFingerprint(), JSON.stringify(tc)]);
    const results = await createNodesFromFiles(
      async (file) => {
        const root = dirname(file);
        if (selection.libraries.includes(file)) return { projects: { [root]: buildLibraryProject(root, tc) } };
        const project = await inferIntegration(join(context.workspaceRoot, root), root, tc, shared, cache);
        return { projects: { [root]: project } };
      },
      [...selection.integrations, ...selection.libraries],
      rawOptions,
      context,
    );
    cache.save();
    return results;
  },
];

/**
 * The project of one integration folder, from the cache when nothing it is inferred from changed:
 * which files it has (its kind), its ci/env.yaml and hatch.toml, the options and the plugin's code.
 */
async function inferIntegration(
  absolute: string,
  root: string,
  tc: TargetContext,
  shared: string,
  cache: InferenceCache<ProjectConfiguration>,
): Promise<ProjectConfiguration> {
  const kind = readIntegrationKind(absolute);
  const envYaml = kind.environments ? readOptional(join(absolute, 'ci', 'env.yaml')) : undefined;
  const hatch = kind.python ? readOptional(join(absolute, 'hatch.toml')) : undefined;
  const key = hashArray([shared, root, JSON.stringify(kind), envYaml ?? '', hatch ?? '']);
  return cache.get(key, async () => {
    // Loaded only when something changed: reading env.yaml needs the YAML parser.
    const { readFlavors, readHatchFlavors } = await import('../flavors/read-flavors');
    const fromEnv = readFlavors(envYaml);
    return buildIntegrationProject(root, tc, kind, fromEnv.length > 0 ? fromEnv : readHatchFlavors(hatch));
  });
}

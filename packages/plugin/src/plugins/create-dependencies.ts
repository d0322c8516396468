import { DependencyType, hashArray, type CreateDependencies, type RawProjectGraphDependency } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computePythonDependencyEdges, type PythonProjectNode } from '../python/python-dependency-edges';
import type { PythonProjectInfo } from '../python/python-project-info';
import { openInferenceCache, pluginCodeFingerprint } from './inference-cache';

export const PYTHON_TAG = 'lang:python';

/** Where @dd/plugin lives when it is developed in the workspace. */
export const PLUGIN_SOURCE_ROOT = 'packages/plugin';

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Python requirements between workspace projects become edges of the project graph, so that
 * changing a shared library affects the integrations that require it. Nx infers nothing of the
 * kind for Python projects.
 */
export const createDependencies: CreateDependencies = async (_options, context) => {
  const cache = openInferenceCache<PythonProjectInfo>(context.workspaceRoot, 'requirements', {});
  const code = pluginCodeFingerprint();
  const nodes: PythonProjectNode[] = [];
  for (const [project, config] of Object.entries(context.projects)) {
    if (!config.tags?.includes(PYTHON_TAG)) continue;
    const root = join(context.workspaceRoot, config.root);
    const files = {
      pyproject: readOptional(join(root, 'pyproject.toml')),
      requirements: readOptional(join(root, 'requirements.txt')),
    };
    const info = await cache.get(hashArray([code, files.pyproject ?? '', files.requirements ?? '']), async () => {
      // Loaded only when a file changed: reading pyproject.toml needs the TOML parser.
      const { readPythonProjectInfo } = await import('../python/python-project-info');
      return readPythonProjectInfo(files);
    });
    nodes.push({ project, root: config.root, ...info });
  }
  cache.save();
  const edges = computePythonDependencyEdges(nodes).map((edge): RawProjectGraphDependency => ({
    ...edge,
    type: DependencyType.static,
  }));
  return [
    ...edges,
    ...pluginEdges(
      nodes.map((n) => n.project),
      context,
    ),
  ];
};

/**
 * Every Python project depends on @dd/plugin: its targets run the plugin's executors, so a change
 * to the plugin (developed in the workspace, or a new installed version) affects all of them.
 */
function pluginEdges(
  projects: readonly string[],
  context: Parameters<CreateDependencies>[1],
): RawProjectGraphDependency[] {
  const local = Object.entries(context.projects).find(([, config]) => config.root === PLUGIN_SOURCE_ROOT)?.[0];
  if (local) return projects.map((source) => ({ source, target: local, type: DependencyType.implicit }));
  const external = 'npm:@dd/plugin';
  if (!context.externalNodes?.[external]) return [];
  return projects.map((source) => ({
    source,
    target: external,
    type: DependencyType.static,
    sourceFile: 'package.json',
  }));
}

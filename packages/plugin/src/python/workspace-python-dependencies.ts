import type { ProjectGraph } from '@nx/devkit';

const PYTHON_TAG = 'lang:python';

/**
 * Roots of the workspace's Python projects that a project requires, directly or through others,
 * nearest last, so that they can be installed editable into its virtualenv (they are not on PyPI).
 */
export function workspacePythonDependencies(
  graph: Pick<ProjectGraph, 'nodes' | 'dependencies'>,
  project: string,
): string[] {
  const roots: string[] = [];
  const seen = new Set<string>([project]);
  const visit = (name: string) => {
    for (const dependency of graph.dependencies[name] ?? []) {
      const node = graph.nodes[dependency.target];
      if (!node || seen.has(dependency.target) || !node.data.tags?.includes(PYTHON_TAG)) continue;
      seen.add(dependency.target);
      visit(dependency.target);
      roots.push(node.data.root);
    }
  };
  visit(project);
  return roots;
}

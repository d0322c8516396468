/** A Python project of the workspace, as the dependency computation sees it. */
export interface PythonProjectNode {
  project: string;
  root: string;
  distribution?: string;
  requires: { name: string; file: string }[];
}

export interface PythonDependencyEdge {
  source: string;
  target: string;
  /** The file that declares the requirement, relative to the workspace root. */
  sourceFile: string;
}

/**
 * Edges between workspace projects from their Python requirements: a project that requires a
 * distribution another project of the workspace provides depends on that project.
 */
export function computePythonDependencyEdges(nodes: readonly PythonProjectNode[]): PythonDependencyEdge[] {
  const byDistribution = new Map<string, string>();
  for (const node of nodes) if (node.distribution) byDistribution.set(node.distribution, node.project);
  const edges: PythonDependencyEdge[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    for (const requirement of node.requires) {
      const target = byDistribution.get(requirement.name);
      const key = `${node.project}\0${target}`;
      if (!target || target === node.project || seen.has(key)) continue;
      seen.add(key);
      edges.push({ source: node.project, target, sourceFile: `${node.root}/${requirement.file}` });
    }
  }
  return edges;
}

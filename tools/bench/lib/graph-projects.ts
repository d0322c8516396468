import type { AdoptedWorkspace } from '@dd/plugin-e2e/src/extras-workspace';

/** A project of the graph, as the benches use it. */
export interface GraphProject {
  name: string;
  root: string;
  tags: string[];
}

/** Every project of a workspace's graph (`nx graph --file=stdout`), sorted by name. */
export function graphProjects(ws: AdoptedWorkspace, env: Record<string, string>): GraphProject[] {
  const graph = JSON.parse(ws.nxOk(['graph', '--file=stdout'], env).stdout) as {
    graph: { nodes: Record<string, { data: GraphProject }> };
  };
  return Object.values(graph.graph.nodes)
    .map((n) => n.data)
    .sort((a, b) => a.name.localeCompare(b.name));
}

import type { ProjectGraph } from '@nx/devkit';
import type { ReleaseProblem } from '../../../release/release-types';
import type { IntegrationRef } from './read-release-input';

/** The tag the plugin gives every inferred integration project. */
export const INTEGRATION_TAG = 'type:integration';

/**
 * The integrations of the project graph, or those named in `--projects`; a name that is not an
 * integration is a problem, not silently skipped.
 */
export function selectIntegrations(
  graph: ProjectGraph,
  requested: readonly string[],
): { integrations: IntegrationRef[]; problems: ReleaseProblem[] } {
  const all = Object.values(graph.nodes)
    .filter((node) => node.data.tags?.includes(INTEGRATION_TAG))
    .map((node) => ({ name: node.name, root: node.data.root }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (requested.length === 0) return { integrations: all, problems: [] };
  const byName = new Map(all.map((i) => [i.name, i]));
  const problems = requested
    .filter((name) => !byName.has(name))
    .map((name) => ({
      project: name,
      message: `'${name}' is not an integration of this workspace`,
      hint: `choose among: ${all.map((i) => i.name).join(', ') || '(none: create one with nx g @dd/plugin:integration <name>)'}`,
    }));
  return { integrations: requested.filter((n) => byName.has(n)).map((n) => byName.get(n)!), problems };
}

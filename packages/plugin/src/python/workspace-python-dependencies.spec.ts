import type { ProjectGraph } from '@nx/devkit';
import { workspacePythonDependencies } from './workspace-python-dependencies';

const node = (name: string, root: string, tags: string[]) => ({ name, type: 'lib' as const, data: { root, tags } });

describe('workspacePythonDependencies', () => {
  it('lists the Python projects a project requires, transitively, deepest first, skipping others and cycles', () => {
    const graph: Pick<ProjectGraph, 'nodes' | 'dependencies'> = {
      nodes: {
        app: node('app', 'integrations/app', ['lang:python']),
        mid: node('mid', 'libs/mid', ['lang:python']),
        base: node('base', 'libs/base', ['lang:python']),
        plugin: node('plugin', 'packages/plugin', []),
      },
      dependencies: {
        app: [
          { source: 'app', target: 'mid', type: 'static' },
          { source: 'app', target: 'plugin', type: 'implicit' },
        ],
        mid: [{ source: 'mid', target: 'base', type: 'static' }],
        base: [{ source: 'base', target: 'app', type: 'static' }],
      },
    };
    expect(workspacePythonDependencies(graph, 'app')).toEqual(['libs/base', 'libs/mid']);
    expect(workspacePythonDependencies(graph, 'plugin')).toEqual([]);
  });
});

import { computePythonDependencyEdges } from './python-dependency-edges';

describe('computePythonDependencyEdges', () => {
  it('links a project to the workspace project that provides a requirement, once', () => {
    const edges = computePythonDependencyEdges([
      {
        project: 'redis',
        root: 'integrations/redis',
        distribution: 'datadog-redis',
        requires: [
          { name: 'datadog-checks-base', file: 'requirements.txt' },
          { name: 'dd-shared', file: 'requirements.txt' },
          { name: 'dd-shared', file: 'pyproject.toml' },
        ],
      },
      { project: 'shared', root: 'libs/shared', distribution: 'dd-shared', requires: [] },
      {
        project: 'self',
        root: 'integrations/self',
        distribution: 'datadog-self',
        requires: [{ name: 'datadog-self', file: 'requirements.txt' }],
      },
    ]);
    expect(edges).toEqual([{ source: 'redis', target: 'shared', sourceFile: 'integrations/redis/requirements.txt' }]);
  });
});

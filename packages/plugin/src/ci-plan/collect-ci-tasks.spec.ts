import { collectCiTasks, type TaskGraphView } from './collect-ci-tasks';

function graph(dependencies: Record<string, string[]>): TaskGraphView {
  const ids = new Set([...Object.keys(dependencies), ...Object.values(dependencies).flat()]);
  const tasks = Object.fromEntries(
    [...ids].map((id) => {
      const [project, target] = id.split(':') as [string, string];
      return [id, { id, target: { project, target } }];
    }),
  );
  return { tasks, dependencies };
}

describe('collectCiTasks', () => {
  it('looks through grouping tasks to the units of work, whose own dependencies run along', () => {
    const g = graph({
      'a:ci': ['a:lint', 'a:test', 'a:package'],
      'a:test': ['a:test--1', 'a:test--2'],
      'a:test--1': ['a:setup'],
      'a:test--2': ['a:setup'],
      'lib:ci': ['lib:test'],
      'lib:test': ['lib:setup'],
      'tile:ci': ['tile:lint'],
    });
    const grouping = new Set(['a:ci', 'a:test', 'lib:ci', 'tile:ci']);
    expect(collectCiTasks(g, 'ci', (id) => grouping.has(id))).toEqual([
      { id: 'a:lint', project: 'a', target: 'lint', dependencies: [] },
      { id: 'a:package', project: 'a', target: 'package', dependencies: [] },
      { id: 'a:test--1', project: 'a', target: 'test--1', dependencies: ['a:setup'] },
      { id: 'a:test--2', project: 'a', target: 'test--2', dependencies: ['a:setup'] },
      { id: 'lib:test', project: 'lib', target: 'test', dependencies: ['lib:setup'] },
      { id: 'tile:lint', project: 'tile', target: 'lint', dependencies: [] },
    ]);
  });
});

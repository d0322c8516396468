import type { TaskGraph } from '@nx/devkit';
import { packageBuiltByNx } from './package-built-by-nx';

const graph = (dependencies: Record<string, string[]>) =>
  ({ roots: [], tasks: {}, dependencies, continuousDependencies: {} }) as TaskGraph;

describe('packageBuiltByNx', () => {
  it.each<[string, TaskGraph | undefined, boolean]>([
    ['the package task is a dependency', graph({ 'a:nx-release-publish': ['a:package'] }), true],
    ['Nx excluded task dependencies (--projects)', graph({ 'a:nx-release-publish': [] }), false],
    ["another project's package only", graph({ 'a:nx-release-publish': ['b:package'] }), false],
    ['no task graph', undefined, false],
  ])('%s: %s', (_case, taskGraph, expected) => {
    expect(packageBuiltByNx(taskGraph, 'a', 'nx-release-publish', undefined, 'package')).toBe(expected);
  });
});

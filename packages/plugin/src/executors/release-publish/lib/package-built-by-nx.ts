import type { TaskGraph } from '@nx/devkit';

/**
 * Whether Nx ran the package target before this publish task, as `dependsOn` asks. It does not
 * when `nx release publish --projects=...` (or `nx release --projects=...`) excludes task
 * dependencies, so as not to publish projects outside the filter; the executor then builds the
 * package itself.
 */
export function packageBuiltByNx(
  taskGraph: TaskGraph | undefined,
  project: string,
  publishTarget: string | undefined,
  configuration: string | undefined,
  packageTarget: string,
): boolean {
  if (!taskGraph || !publishTarget) return false;
  const id = [project, publishTarget, configuration].filter(Boolean).join(':');
  return (taskGraph.dependencies[id] ?? []).some(
    (dep) => dep === `${project}:${packageTarget}` || dep.startsWith(`${project}:${packageTarget}:`),
  );
}

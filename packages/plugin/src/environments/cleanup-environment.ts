import type { EnvironmentEngine } from './environment-engine';
import type { EnvironmentSelector } from './labels';
import { cleanupObjects, orderForRemoval, staleObjects, type ManagedObject, type OwnerFacts } from './sweep';

/** How many objects a cleanup or a sweep removed. */
export interface CleanupSummary {
  containers: number;
  networks: number;
  volumes: number;
}

/** Nothing removed. */
export const NOTHING_REMOVED: CleanupSummary = { containers: 0, networks: 0, volumes: 0 };

function summarize(objects: readonly ManagedObject[]): CleanupSummary {
  const count = (kind: ManagedObject['kind']) => objects.filter((o) => o.kind === kind).length;
  return { containers: count('container'), networks: count('network'), volumes: count('volume') };
}

/** Whether a cleanup or a sweep removed anything. */
export function removedAny(summary: CleanupSummary): boolean {
  return summary.containers + summary.networks + summary.volumes > 0;
}

/**
 * Removes every container, network and volume matching the selector: containers first, then
 * what they used. Idempotent: nothing matching is not an error.
 */
export async function cleanupEnvironment(
  engine: EnvironmentEngine,
  selector: EnvironmentSelector,
): Promise<CleanupSummary> {
  const objects = orderForRemoval(await engine.list(selector));
  for (const object of objects) await engine.remove(object);
  return summarize(objects);
}

/**
 * Removes an integration's installed or stale environments matching the selector, leaving the
 * private environments of processes that still run (their owner cleans them up).
 */
export async function cleanupInstalledEnvironments(
  engine: EnvironmentEngine,
  selector: EnvironmentSelector,
  facts: OwnerFacts,
): Promise<CleanupSummary & { busyOwners: number[] }> {
  const { remove, busyOwners } = cleanupObjects(await engine.list(selector), facts);
  for (const object of remove) await engine.remove(object);
  return { ...summarize(remove), busyOwners };
}

/** Removes the environments whose owner is gone and that no state file keeps (see judgeEnvironment). */
export async function sweepStaleEnvironments(engine: EnvironmentEngine, facts: OwnerFacts): Promise<CleanupSummary> {
  const stale = staleObjects(await engine.list({}), facts);
  for (const object of stale) await engine.remove(object);
  return summarize(stale);
}

/** "2 containers, 1 network" (or "nothing"). */
export function describeCleanup(summary: CleanupSummary): string {
  const parts = (
    [
      [summary.containers, 'container'],
      [summary.networks, 'network'],
      [summary.volumes, 'volume'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

import { identityFromLabels, type EnvironmentIdentity } from './labels';

/** A Docker object carrying our labels, as listed by the engine. */
export interface ManagedObject {
  kind: 'container' | 'network' | 'volume';
  id: string;
  name: string;
  labels: Record<string, string>;
}

export interface OwnerFacts {
  hostName: string;
  /** Whether a process with this pid and start time runs on this host. */
  isAlive(pid: number, start: string): boolean;
  /** The session id recorded in a state file, if the file exists. */
  recordedSession(stateFile: string): string | undefined;
}

export type Verdict = 'remove' | 'keep';

/**
 * Whether an environment found on the engine is stale. It is kept while its owner runs, or,
 * after its owner ended, while `install`'s state file still names its session (an installed
 * environment waiting for before_script, tests or cleanup). Owners on other hosts (a shared
 * DOCKER_HOST) are never judged.
 */
export function judgeEnvironment(identity: EnvironmentIdentity, facts: OwnerFacts): Verdict {
  if (identity.ownerHost && identity.ownerHost !== facts.hostName) return 'keep';
  if (facts.isAlive(identity.ownerPid, identity.ownerStart)) return 'keep';
  if (identity.stateFile && facts.recordedSession(identity.stateFile) === identity.sessionId) return 'keep';
  return 'remove';
}

/** Groups objects by session and keeps the groups judged stale, containers first in each. */
export function staleObjects(objects: readonly ManagedObject[], facts: OwnerFacts): ManagedObject[] {
  const verdicts = new Map<string, Verdict>();
  const out: ManagedObject[] = [];
  for (const object of objects) {
    const identity = identityFromLabels(object.labels);
    if (!identity) continue;
    let verdict = verdicts.get(identity.sessionId);
    if (!verdict) verdicts.set(identity.sessionId, (verdict = judgeEnvironment(identity, facts)));
    if (verdict === 'remove') out.push(object);
  }
  return orderForRemoval(out);
}

/**
 * What `cleanup` (and install's "remove the previous environment") may remove among an
 * integration's objects: installed environments (they have a state file) and stale ones, but
 * never the private environment of another process that still runs (a test run in progress).
 */
export function cleanupObjects(
  objects: readonly ManagedObject[],
  facts: OwnerFacts,
): { remove: ManagedObject[]; busyOwners: number[] } {
  const remove: ManagedObject[] = [];
  const busy = new Set<number>();
  for (const object of objects) {
    const identity = identityFromLabels(object.labels);
    if (!identity) continue;
    const running =
      identity.ownerHost === facts.hostName || !identity.ownerHost
        ? facts.isAlive(identity.ownerPid, identity.ownerStart)
        : true;
    if (identity.stateFile === '' && running) busy.add(identity.ownerPid);
    else remove.push(object);
  }
  return { remove: orderForRemoval(remove), busyOwners: [...busy].sort((a, b) => a - b) };
}

const REMOVAL_ORDER = { container: 0, network: 1, volume: 2 } as const;

/** Containers before the networks and volumes they use. */
export function orderForRemoval(objects: readonly ManagedObject[]): ManagedObject[] {
  return [...objects].sort((a, b) => REMOVAL_ORDER[a.kind] - REMOVAL_ORDER[b.kind]);
}

import { EngineStoppedError } from '../../errors/environment-errors';
import type { EnvironmentEngine } from '../environment-engine';
import { identityFromLabels, type EnvironmentSelector } from '../labels';
import type { ManagedObject } from '../sweep';
import type { ProbeResult } from '../wait-ready';

/** What a fake engine holds and did, for assertions. */
export interface FakeEngine {
  engine: EnvironmentEngine;
  /** The containers, networks and volumes that exist, in creation order. */
  objects: ManagedObject[];
  /** `image <tag>`, `start <name>`, `exec <container id> <command>`, `remove <kind> <name>`, in order. */
  calls: string[];
  /**
   * From now on every call fails with EngineStoppedError, as the Docker adapter fails when the
   * daemon stopped answering; `answerAgain()` brings it back, with the objects it held.
   */
  stopAnswering(): void;
  answerAgain(): void;
}

/**
 * An in-memory engine for specs: it records what exists and what was called, publishes each
 * container's port 6379 on 127.0.0.1:4000<n> (n: the container's number, from 1), and answers
 * readiness probes with `probe(n)` (ready by default).
 */
export function fakeEngine(probe: (containerNumber: number) => ProbeResult = () => ({ state: 'ready' })): FakeEngine {
  const objects: ManagedObject[] = [];
  const calls: string[] = [];
  let containers = 0;
  let stopped = false;
  const answering = () => {
    if (stopped)
      throw new EngineStoppedError(
        'The Docker engine stopped answering (the local socket /var/run/docker.sock): connect ECONNREFUSED.',
        'check it with `docker info`',
      );
  };
  const live: EnvironmentEngine = {
    prepareImage: async (step) => void calls.push(`image ${step.tag}`),
    createNetwork: async (n) => void objects.push({ kind: 'network', id: n.name, name: n.name, labels: n.labels }),
    createVolume: async (v) => void objects.push({ kind: 'volume', id: v.name, name: v.name, labels: v.labels }),
    startContainer: async (body) => {
      containers++;
      objects.push({ kind: 'container', id: `c${containers}`, name: body.name, labels: body.Labels });
      calls.push(`start ${body.name}`);
      return `c${containers}`;
    },
    endpoints: async (id, service) => [
      { service, containerPort: 6379, host: '127.0.0.1', hostPort: 40000 + Number(id.slice(1)) },
    ],
    probe: async (_c, target) => probe(Number(target.containerId.slice(1))),
    logTail: async () => Array.from({ length: 60 }, (_, i) => `log line ${i + 1}`).join('\n'),
    exec: async (id, command) => {
      calls.push(`exec ${id} ${command.join(' ')}`);
      return { exitCode: 0, output: '' };
    },
    list: async (selector) => objects.filter((o) => matches(o, selector)),
    remove: async (o) => {
      const index = objects.findIndex((x) => x.id === o.id);
      if (index >= 0) objects.splice(index, 1);
      calls.push(`remove ${o.kind} ${o.name}`);
    },
  };
  const engine = Object.fromEntries(
    Object.entries(live).map(([name, call]) => [
      name,
      async (...args: unknown[]) => {
        answering();
        return (call as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as EnvironmentEngine;
  return {
    engine,
    objects,
    calls,
    stopAnswering: () => void (stopped = true),
    answerAgain: () => void (stopped = false),
  };
}

/** What Docker's label filters select: our objects, narrowed by each field the selector sets. */
function matches(object: ManagedObject, selector: EnvironmentSelector): boolean {
  const identity = identityFromLabels(object.labels);
  if (!identity) return false;
  return (
    (selector.workspace === undefined || identity.workspace === selector.workspace) &&
    (selector.integration === undefined || identity.integration === selector.integration) &&
    (selector.flavor === undefined || identity.flavor === selector.flavor) &&
    (selector.sessionId === undefined || identity.sessionId === selector.sessionId)
  );
}

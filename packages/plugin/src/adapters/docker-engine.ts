import type Docker from 'dockerode';
import { connectOnFirstUse } from '../environments/connect-on-first-use';
import { endpointsFromPorts } from '../environments/endpoint-variables';
import type { EnvironmentEngine } from '../environments/environment-engine';
import { hostname } from 'node:os';
import { COMPOSE_PREFIX, COMPOSE_PROJECT_LABEL, withComposeOwnership } from '../environments/compose-project';
import { LABELS, labelFilters } from '../environments/labels';
import type { ManagedObject } from '../environments/sweep';
import { connectDocker, describeDockerHost } from './docker-client';
import { explainCreateError, isNotFound } from './docker-errors';
import { dockerExec, dockerLogs } from './docker-exec';
import { prepareImage } from './docker-images';
import { probeCondition } from './docker-probes';
import { reportEngineStopped } from './report-engine-stopped';

/** Every container, network and volume matching Docker filters, as managed objects. */
async function listObjects(docker: Docker, filters: string): Promise<ManagedObject[]> {
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return [
    ...containers.map((c): ManagedObject => ({
      kind: 'container',
      id: c.Id,
      name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
      labels: c.Labels ?? {},
    })),
    ...networks.map((n): ManagedObject => ({ kind: 'network', id: n.Id, name: n.Name, labels: n.Labels ?? {} })),
    ...(volumes.Volumes ?? []).map((v): ManagedObject => ({
      kind: 'volume',
      id: v.Name,
      name: v.Name,
      labels: v.Labels ?? {},
    })),
  ];
}

/** The environment engine on a real Docker daemon, through dockerode. */
export function createDockerEngine(docker: Docker): EnvironmentEngine {
  return {
    prepareImage: (step, log, signal) => prepareImage(docker, step, log, signal),
    async createNetwork(network) {
      await docker
        .createNetwork({ Name: network.name, Driver: 'bridge', Labels: network.labels, CheckDuplicate: true })
        .catch((error) => {
          throw explainCreateError(error, `network ${network.name}`);
        });
    },
    async createVolume(volume) {
      await docker.createVolume({ Name: volume.name, Labels: volume.labels });
    },
    async startContainer(body) {
      const { name, ...options } = body;
      const container = await docker.createContainer({ name, ...options }).catch((error) => {
        throw explainCreateError(error, `container ${name}`);
      });
      try {
        await container.start();
      } catch (error) {
        await container.remove({ force: true, v: true }).catch(() => undefined);
        throw explainCreateError(error, `container ${name}`);
      }
      return container.id;
    },
    async endpoints(containerId, service) {
      const info = await docker.getContainer(containerId).inspect();
      return endpointsFromPorts(service, info.NetworkSettings?.Ports as never);
    },
    probe: (condition, target) => probeCondition(docker, condition, target.containerId, target.endpoints),
    logTail: (containerId, lines) => dockerLogs(docker, containerId, lines),
    exec: (containerId, command) => dockerExec(docker, containerId, command),
    async list(selector) {
      const ours = await listObjects(docker, JSON.stringify({ label: labelFilters(selector) }));
      // compose projects a test process started are judged too: by a sweep, or by their session
      const narrowed = selector.workspace ?? selector.integration ?? selector.flavor;
      const composeProject = selector.sessionId?.startsWith(COMPOSE_PREFIX) ? selector.sessionId : undefined;
      if (narrowed !== undefined || (selector.sessionId !== undefined && composeProject === undefined)) return ours;
      const label = composeProject === undefined ? COMPOSE_PROJECT_LABEL : `${COMPOSE_PROJECT_LABEL}=${composeProject}`;
      const host = hostname();
      const compose = (await listObjects(docker, JSON.stringify({ label: [label] })))
        .map((object) => ({ ...object, labels: withComposeOwnership(object.labels, host) }))
        .filter((object) => object.labels[LABELS.managed] === 'true');
      return [...ours, ...compose];
    },
    async remove(object) {
      const removal =
        object.kind === 'container'
          ? docker.getContainer(object.id).remove({ force: true, v: true })
          : object.kind === 'network'
            ? docker.getNetwork(object.id).remove()
            : docker.getVolume(object.id).remove();
      await removal.catch((error) => {
        if (!isNotFound(error)) throw error;
      });
    },
  };
}

/**
 * The engine on the daemon the machine points at (see {@link connectDocker}), connected once, on
 * its first call: an integration without services never needs a daemon, and a missing daemon
 * fails that first call with DockerUnavailableError; a daemon that stops answering later fails
 * the call of the moment with EngineStoppedError.
 */
export function connectDockerEngine(): EnvironmentEngine {
  return connectOnFirstUse(async () =>
    reportEngineStopped(createDockerEngine(await connectDocker()), describeDockerHost(process.env)),
  );
}

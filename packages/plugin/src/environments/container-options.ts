import type { EnvironmentPlan, PlannedService } from './environment-plan';
import { PUBLISH_HOST } from './environment-plan';

/** The subset of Docker's container create body this plugin sets (Engine API 1.41+). */
export interface ContainerCreateBody {
  name: string;
  Image: string;
  Env: string[];
  Cmd?: string[];
  Labels: Record<string, string>;
  ExposedPorts: Record<string, Record<string, never>>;
  HostConfig: {
    PortBindings: Record<string, { HostIp: string; HostPort: string }[]>;
    Mounts: { Type: 'volume'; Source: string; Target: string }[];
    NetworkMode: string;
    /** Never restarted by the daemon: a stopped service is a failure to report, not to hide. */
    RestartPolicy: { Name: 'no' };
  };
  NetworkingConfig: { EndpointsConfig: Record<string, { Aliases: string[] }> };
}

/**
 * How one service's container is created: on the environment's private network under its
 * service name (so services reach each other as `redis:6379`), every port published on
 * 127.0.0.1 with an empty host port, which makes the engine pick a free ephemeral one.
 */
export function containerCreateBody(plan: EnvironmentPlan, service: PlannedService): ContainerCreateBody {
  const portKeys = service.ports.map((p) => `${p}/tcp`);
  return {
    name: service.containerName,
    Image: service.image,
    Env: service.env,
    ...(service.command ? { Cmd: service.command } : {}),
    Labels: service.labels,
    ExposedPorts: Object.fromEntries(portKeys.map((k) => [k, {}])),
    HostConfig: {
      PortBindings: Object.fromEntries(portKeys.map((k) => [k, [{ HostIp: PUBLISH_HOST, HostPort: '' }]])),
      Mounts: service.mounts.map((m) => ({ Type: 'volume', Source: m.volume, Target: m.target })),
      NetworkMode: plan.network.name,
      RestartPolicy: { Name: 'no' },
    },
    NetworkingConfig: { EndpointsConfig: { [plan.network.name]: { Aliases: [service.name] } } },
  };
}

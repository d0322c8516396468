import type { Endpoint } from './environment-plan';

/** `redis-primary` -> `REDIS_PRIMARY`: the form a name takes in an environment variable. */
export function envVarPart(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** The environment variable a flavor variable reaches the tests (and the rendered files for ddev) through. */
export function flavorVariableEnv(name: string): string {
  return `DD_ENV_VAR_${envVarPart(name)}`;
}

/**
 * The environment variables a test process gets for a running environment:
 *   DD_ENV_FLAVOR=<flavor>
 *   DD_ENV_VAR_<VARIABLE>=<value>                  each flavor variable
 *   DD_ENV_<SERVICE>_HOST=127.0.0.1
 *   DD_ENV_<SERVICE>_PORT_<containerPort>=<published host port>
 *   DD_ENV_SERVICES=<service> <service>...         the services started, when there are some:
 *                                                  the rendered dd_environment fixture uses
 *                                                  them instead of starting its own
 */
export function endpointEnvironment(
  flavor: string,
  variables: Record<string, string>,
  endpoints: readonly Endpoint[],
  services: readonly string[] = [],
): Record<string, string> {
  const env: Record<string, string> = { DD_ENV_FLAVOR: flavor };
  if (services.length > 0) env.DD_ENV_SERVICES = services.join(' ');
  for (const [name, value] of Object.entries(variables)) {
    if (name !== 'flavor' && name !== 'integration') env[flavorVariableEnv(name)] = value;
  }
  for (const endpoint of endpoints) {
    env[`DD_ENV_${envVarPart(endpoint.service)}_HOST`] = endpoint.host;
    env[`DD_ENV_${envVarPart(endpoint.service)}_PORT_${endpoint.containerPort}`] = String(endpoint.hostPort);
  }
  return env;
}

/** The `${<service>.host}` and `${<service>.port.<p>}` values before_script commands may use. */
export function endpointReferences(endpoints: readonly Endpoint[]): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const endpoint of endpoints) {
    refs[`${endpoint.service}.host`] = endpoint.host;
    refs[`${endpoint.service}.port.${endpoint.containerPort}`] = String(endpoint.hostPort);
  }
  return refs;
}

/** Reads published ports back from a container's inspected `NetworkSettings.Ports`. */
export function endpointsFromPorts(
  service: string,
  ports: Record<string, { HostIp: string; HostPort: string }[] | null> | undefined,
): Endpoint[] {
  const out: Endpoint[] = [];
  for (const [key, bindings] of Object.entries(ports ?? {})) {
    const containerPort = Number(key.split('/')[0]);
    const binding = bindings?.find((b) => b.HostIp === '127.0.0.1') ?? bindings?.[0];
    if (binding && Number(binding.HostPort) > 0) {
      out.push({ service, containerPort, host: binding.HostIp || '127.0.0.1', hostPort: Number(binding.HostPort) });
    }
  }
  return out.sort((a, b) => a.containerPort - b.containerPort);
}

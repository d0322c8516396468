import { stringify } from 'yaml';
import type { EnvFile, ServiceSpec } from '../env-file';
import { PUBLISH_HOST } from '../environment-plan';
import { defaultFlavorName } from '../read-env-file';
import { flavorVariableEnv } from '../endpoint-variables';
import { REFERENCE } from '../substitute';
import { flavorVariables } from './render-environment-module';
import { renderedHeader } from './rendered-header';

/** Where the rendered compose file lives in an integration, as ddev's integrations keep theirs. */
export const COMPOSE_FILE = 'tests/docker/docker-compose.yaml';

/**
 * An env.yaml string as docker compose reads it: a flavor variable becomes its environment
 * variable (with the default flavor's value when unset, so that a plain `pytest` runs the default
 * flavor), `${flavor}` becomes DD_ENV_FLAVOR, `${integration}` the name; every literal `$` is
 * doubled, which compose reads as one.
 */
export function composeString(text: string, envFile: EnvFile, integration: string): string {
  const defaults = new Map(flavorVariables(envFile));
  let out = '';
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    out += text.slice(last, match.index).replace(/\$/g, '$$$$');
    const name = match[2] ?? '';
    if (match[1]) out += `$$\{${name}}`;
    else if (name === 'flavor') out += `\${DD_ENV_FLAVOR:-${defaultFlavorName(envFile)}}`;
    else if (name === 'integration') out += integration;
    else if (defaults.has(name)) out += `\${${flavorVariableEnv(name)}:-${defaults.get(name)}}`;
    else out += match[0].replace(/\$/g, '$$$$');
    last = (match.index ?? 0) + match[0].length;
  }
  return out + text.slice(last).replace(/\$/g, '$$$$');
}

function composeService(service: ServiceSpec, envFile: EnvFile, integration: string): Record<string, unknown> {
  const text = (value: string) => composeString(value, envFile, integration);
  const map = (values: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, text(value)]));
  const out: Record<string, unknown> = {};
  if (service.image !== undefined) out.image = text(service.image);
  if (service.build) {
    out.build = {
      // the compose file is two folders below the integration's root, where env.yaml's paths start
      context: `../../${text(service.build.context)}`,
      dockerfile: text(service.build.dockerfile),
      ...(Object.keys(service.build.args).length > 0 ? { args: map(service.build.args) } : {}),
    };
  }
  if (Object.keys(service.environment).length > 0) out.environment = map(service.environment);
  if (service.command) out.command = service.command.map(text);
  if (service.ports.length > 0) out.ports = service.ports.map((port) => `${PUBLISH_HOST}::${port}`);
  if (service.volumes.length > 0) out.volumes = service.volumes.map((volume) => `${volume.name}:${volume.target}`);
  if (service.dependsOn.length > 0) out.depends_on = [...service.dependsOn];
  return out;
}

/**
 * tests/docker/docker-compose.yaml: ci/env.yaml's services as docker compose runs them for
 * `ddev test`, each port published on 127.0.0.1 on a free port, the flavor's variables read from
 * the environment hatch.toml sets.
 */
export function renderComposeFile(envFile: EnvFile, integration: string): string {
  const services = Object.fromEntries(
    envFile.services.map((service) => [service.name, composeService(service, envFile, integration)]),
  );
  const volumes = [...new Set(envFile.services.flatMap((service) => service.volumes.map((volume) => volume.name)))];
  const document = {
    services,
    ...(volumes.length > 0 ? { volumes: Object.fromEntries(volumes.map((v) => [v, {}])) } : {}),
  };
  return [
    renderedHeader('#', integration),
    "# The services of one flavor for `ddev test`; hatch.toml sets the flavor's variables.",
    stringify(document, { lineWidth: 0 }),
  ].join('\n');
}

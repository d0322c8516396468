import { isScalar, type Node } from 'yaml';
import { ENV_DEFAULTS, type BuildSpec, type ReadyCondition, type ServiceSpec, type VolumeSpec } from './env-file';
import type { YamlReader } from './yaml-reader';

const SERVICE_KEYS = [
  'image',
  'build',
  'environment',
  'command',
  'ports',
  'volumes',
  'depends_on',
  'ready',
  'retries',
] as const;
const BUILD_KEYS = ['context', 'dockerfile', 'args'] as const;
const CONDITION_KINDS = ['log', 'tcp', 'http', 'command'] as const;
const SERVICE_NAME = /^[a-z][a-z0-9_-]*$/;

/** Reads one entry of `services`; undefined when it is too broken to use. */
export function readService(
  reader: YamlReader,
  name: string,
  node: Node | null,
  keyNode: Node,
): ServiceSpec | undefined {
  const where = `service \`${name}\``;
  if (!SERVICE_NAME.test(name)) {
    reader.error(
      keyNode,
      'env/schema',
      `service name \`${name}\` is not valid`,
      'use lower-case letters, digits, `-` and `_`, starting with a letter',
    );
  }
  const map = reader.map(node, where);
  if (!map) return undefined;
  const keys = reader.knownEntries(map, SERVICE_KEYS, where);
  const get = (key: string) => keys.get(key)?.value ?? null;
  const image = keys.has('image') ? reader.string(get('image'), `${where}: image`) : undefined;
  const build = keys.has('build') ? readBuild(reader, get('build'), where) : undefined;
  if (keys.has('image') === keys.has('build')) {
    reader.error(
      keyNode,
      'env/schema',
      `${where} needs exactly one of \`image\` or \`build\``,
      'name an image (`image: redis:7`) or a Dockerfile to build (`build: { context: ci/docker }`)',
    );
  }
  const ready = keys.has('ready') ? readConditions(reader, get('ready'), where) : [];
  return {
    name,
    ...(image !== undefined ? { image } : {}),
    ...(build ? { build } : {}),
    environment: keys.has('environment') ? reader.stringMap(get('environment'), `${where}: environment`) : {},
    ...(keys.has('command') ? { command: reader.command(get('command'), `${where}: command`) } : {}),
    ports: keys.has('ports') ? readPorts(reader, get('ports'), where) : [],
    volumes: keys.has('volumes') ? readVolumes(reader, get('volumes'), where) : [],
    dependsOn: keys.has('depends_on') ? readNames(reader, get('depends_on'), `${where}: depends_on`) : [],
    ready,
    retries: keys.has('retries')
      ? (reader.integer(get('retries'), `${where}: retries`, 0, 10) ?? 0)
      : ENV_DEFAULTS.retries,
    line: reader.line(keyNode),
  };
}

function readBuild(reader: YamlReader, node: Node | null, where: string): BuildSpec | undefined {
  if (isScalar(node)) {
    const context = reader.string(node, `${where}: build`);
    return context === undefined ? undefined : { context, dockerfile: ENV_DEFAULTS.dockerfile, args: {} };
  }
  const map = reader.map(node, `${where}: build`);
  if (!map) return undefined;
  const keys = reader.knownEntries(map, BUILD_KEYS, `${where}: build`);
  const context = keys.has('context')
    ? reader.string(keys.get('context')!.value, `${where}: build.context`)
    : undefined;
  if (!keys.has('context'))
    reader.error(map, 'env/schema', `${where}: build needs a \`context\` folder (relative to the integration)`);
  if (context === undefined) return undefined;
  return {
    context,
    dockerfile: keys.has('dockerfile')
      ? (reader.string(keys.get('dockerfile')!.value, `${where}: build.dockerfile`) ?? ENV_DEFAULTS.dockerfile)
      : ENV_DEFAULTS.dockerfile,
    args: keys.has('args') ? reader.stringMap(keys.get('args')!.value, `${where}: build.args`) : {},
  };
}

function readPorts(reader: YamlReader, node: Node | null, where: string): number[] {
  const seq = reader.seq(node, `${where}: ports`);
  const ports: number[] = [];
  for (const item of seq?.items ?? []) {
    const port = reader.integer(item as Node, `${where}: each port`, 1, 65535);
    if (port === undefined) continue;
    if (ports.includes(port)) reader.error(item as Node, 'env/schema', `${where}: port ${port} is listed twice`);
    else ports.push(port);
  }
  return ports;
}

function readVolumes(reader: YamlReader, node: Node | null, where: string): VolumeSpec[] {
  const seq = reader.seq(node, `${where}: volumes`);
  const volumes: VolumeSpec[] = [];
  for (const item of seq?.items ?? []) {
    const text = reader.string(item as Node, `${where}: each volume`);
    const match = text === undefined ? null : /^([a-z][a-z0-9_-]*):(\/\S*)$/.exec(text);
    if (text !== undefined && !match) {
      reader.error(
        item as Node,
        'env/schema',
        `${where}: volume "${text}" must be \`<name>:<absolute path in the container>\``,
        'e.g. `data:/var/lib/redis`; host folders are not mounted, so every run starts clean',
      );
    }
    if (match) volumes.push({ name: match[1] as string, target: match[2] as string });
  }
  return volumes;
}

function readNames(reader: YamlReader, node: Node | null, where: string): string[] {
  const seq = reader.seq(node, where);
  return (seq?.items ?? [])
    .map((item, i) => reader.string(item as Node, `${where}[${i}]`))
    .filter((s): s is string => s !== undefined);
}

function readConditions(reader: YamlReader, node: Node | null, where: string): ReadyCondition[] {
  const seq = reader.seq(node, `${where}: ready`);
  const out: ReadyCondition[] = [];
  for (const item of seq?.items ?? []) {
    const condition = readCondition(reader, item as Node, `${where}: ready`);
    if (condition) out.push(condition);
  }
  return out;
}

function readCondition(reader: YamlReader, node: Node, where: string): ReadyCondition | undefined {
  const map = reader.map(node, `each condition of ${where}`);
  if (!map) return undefined;
  const keys = reader.knownEntries(map, [...CONDITION_KINDS, 'timeout', 'path'], `a condition of ${where}`);
  const kinds = CONDITION_KINDS.filter((k) => keys.has(k));
  if (kinds.length !== 1) {
    reader.error(
      node,
      'env/schema',
      `each condition of ${where} needs exactly one of: ${CONDITION_KINDS.join(', ')}`,
      'e.g. `- log: "Ready to accept connections"`, `- tcp: 6379`, `- http: 8080` with `path: /health`, `- command: [redis-cli, ping]`',
    );
    return undefined;
  }
  const kind = kinds[0] as (typeof CONDITION_KINDS)[number];
  const value = keys.get(kind)!.value;
  const line = reader.line(node);
  const timeoutSeconds = keys.has('timeout')
    ? (reader.integer(keys.get('timeout')!.value, `${where}: timeout (seconds)`, 1, 3600) ??
      ENV_DEFAULTS.readyTimeoutSeconds)
    : ENV_DEFAULTS.readyTimeoutSeconds;
  if (keys.has('path') && kind !== 'http')
    reader.error(keys.get('path')!.key, 'env/schema', `\`path\` only applies to an \`http\` condition`);
  switch (kind) {
    case 'log': {
      const pattern = reader.string(value, `${where}: log`);
      if (pattern === undefined) return undefined;
      try {
        new RegExp(pattern);
      } catch (error) {
        reader.error(
          value,
          'env/schema',
          `${where}: log pattern is not a valid regular expression: ${(error as Error).message}`,
        );
        return undefined;
      }
      return { kind, pattern, timeoutSeconds, line };
    }
    case 'tcp':
    case 'http': {
      const port = reader.integer(value, `${where}: ${kind} port`, 1, 65535);
      if (port === undefined) return undefined;
      if (kind === 'tcp') return { kind, port, timeoutSeconds, line };
      const path = keys.has('path') ? (reader.string(keys.get('path')!.value, `${where}: path`) ?? '/') : '/';
      return { kind, port, path, timeoutSeconds, line };
    }
    case 'command': {
      const command = reader.command(value, `${where}: command`);
      return command ? { kind, command, timeoutSeconds, line } : undefined;
    }
  }
}

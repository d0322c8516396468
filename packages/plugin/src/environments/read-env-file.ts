import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { checkEnvFile } from './check-env-file';
import { ENV_DEFAULTS, type EnvFile, type FlavorSpec, type ScriptStep, type ServiceSpec } from './env-file';
import { readService } from './read-service';
import { YamlReader } from './yaml-reader';

export const ENV_FILE = 'ci/env.yaml';
const TOP_KEYS = ['flavors', 'services', 'before_script', 'check'] as const;
const FLAVOR_KEYS = ['default', 'variables'] as const;
const STEP_KEYS = ['service', 'host', 'command'] as const;

export interface ReadEnvFileResult {
  /** Present when there is no error (warnings allowed). */
  envFile?: EnvFile;
  /** Every problem found, with 1-based positions in the file. */
  diagnostics: Diagnostic[];
}

/**
 * Parses and validates `ci/env.yaml`, collecting every problem (never stopping at the first)
 * with its line and column. An empty file means "no services".
 */
export function readEnvFile(text: string, file = ENV_FILE): ReadEnvFileResult {
  const lines = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // the yaml library recurses once per level of nesting: some thousand levels overflow the stack
    if (!(error instanceof RangeError)) throw error;
    return {
      diagnostics: [
        {
          ruleId: 'env/syntax',
          severity: 'error',
          file,
          line: 1,
          column: 1,
          message: 'YAML: collections nested too deeply for the YAML reader',
          hint: 'flatten the structure: no real env.yaml nests this deep',
        },
      ],
    };
  }
  const reader = new YamlReader(file, lines);
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(error.pos[0]);
    reader.diagnostics.push({
      ruleId: 'env/syntax',
      severity: doc.errors.includes(error as never) ? 'error' : 'warning',
      file,
      line: pos.line,
      column: pos.col,
      message: `YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length > 0) return { diagnostics: reader.diagnostics };
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { envFile: { flavors: [], services: [], beforeScript: [] }, diagnostics: reader.diagnostics };
  }
  const map = reader.map(root, 'ci/env.yaml');
  if (!map) return { diagnostics: reader.diagnostics };
  const keys = reader.knownEntries(map, TOP_KEYS, 'ci/env.yaml');
  const section = <T>(name: (typeof TOP_KEYS)[number], read: (node: Node | null) => T[]): T[] => {
    reader.section = name;
    return keys.has(name) ? read(keys.get(name)!.value) : [];
  };
  const envFile: EnvFile = {
    flavors: section('flavors', (node) => readFlavors(reader, node)),
    services: section('services', (node) => readServices(reader, node)),
    beforeScript: section('before_script', (node) => readSteps(reader, node)),
  };
  const check = keys.has('check') ? readCheck(reader, keys.get('check')!.value) : undefined;
  if (check) envFile.check = check;
  reader.diagnostics.push(...checkEnvFile(envFile, reader.strings, file));
  const failed = reader.diagnostics.some((d) => d.severity === 'error');
  return { ...(failed ? {} : { envFile }), diagnostics: reader.diagnostics };
}

function readFlavors(reader: YamlReader, node: Node | null): FlavorSpec[] {
  if (isScalar(node) && node.value === null) return [];
  const map = reader.map(node, '`flavors`');
  const flavors: FlavorSpec[] = [];
  for (const [name, value, key] of map ? reader.entries(map) : []) {
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) {
      reader.error(
        key,
        'env/schema',
        `flavor name \`${name}\` is not valid`,
        'use letters, digits, `.`, `-` and `_` (e.g. `7.0`, `bookworm`)',
      );
    }
    const flavor: FlavorSpec = { name, isDefault: false, variables: {}, line: reader.line(key) };
    if (!(isScalar(value) && value.value === null)) {
      const body = reader.map(value, `flavor \`${name}\``);
      const keys = body ? reader.knownEntries(body, FLAVOR_KEYS, `flavor \`${name}\``) : new Map();
      if (keys.has('default'))
        flavor.isDefault = reader.boolean(keys.get('default')!.value, `flavor \`${name}\`: default`) ?? false;
      if (keys.has('variables'))
        flavor.variables = reader.stringMap(keys.get('variables')!.value, `flavor \`${name}\`: variables`);
    }
    flavors.push(flavor);
  }
  return flavors;
}

function readServices(reader: YamlReader, node: Node | null): ServiceSpec[] {
  if (isScalar(node) && node.value === null) return [];
  const map = reader.map(node, '`services`');
  const services: ServiceSpec[] = [];
  for (const [name, value, key] of map ? reader.entries(map) : []) {
    const service = readService(reader, name, value, key);
    if (service) services.push(service);
  }
  return services;
}

function readSteps(reader: YamlReader, node: Node | null): ScriptStep[] {
  if (isScalar(node) && node.value === null) return [];
  const seq = reader.seq(node, '`before_script`');
  const steps: ScriptStep[] = [];
  for (const item of seq?.items ?? []) {
    const map = reader.map(item as Node, 'each before_script step');
    if (!map) continue;
    const keys = reader.knownEntries(map, STEP_KEYS, 'a before_script step');
    const where = `before_script step (line ${reader.line(item as Node)})`;
    const hasService = keys.has('service');
    const hasHost = keys.has('host');
    if (hasService === hasHost) {
      reader.error(
        item as Node,
        'env/schema',
        'each before_script step needs exactly one of `service: <name>` (run inside that container) or `host: true`',
        'e.g. `- service: redis` with `command: [redis-cli, set, key, value]`',
      );
      continue;
    }
    if (hasHost && reader.boolean(keys.get('host')!.value, `${where}: host`) !== true) continue;
    const service = hasService ? reader.string(keys.get('service')!.value, `${where}: service`) : undefined;
    if (!keys.has('command')) {
      reader.error(item as Node, 'env/schema', `${where} needs a \`command\` (a list of arguments)`);
      continue;
    }
    const command = reader.command(keys.get('command')!.value, `${where}: command`);
    if (command && (!hasService || service !== undefined)) {
      steps.push({ ...(service !== undefined ? { service } : {}), command, line: reader.line(item as Node) });
    }
  }
  return steps;
}

/** `check.instance`: the instance `nx run <integration>:check` runs the check with. */
function readCheck(reader: YamlReader, node: Node | null): EnvFile['check'] {
  const map = reader.map(node, '`check`');
  if (!map) return undefined;
  const keys = reader.knownEntries(map, ['instance'] as const, '`check`');
  const instance = keys.get('instance')?.value ?? null;
  if (!isMap(instance)) {
    reader.error(
      instance ?? (node as Node),
      'env/schema',
      '`check` needs an `instance` mapping',
      'e.g. `check: {instance: {host: ${redis.host}, port: ${redis.port.6379}}}`',
    );
    return undefined;
  }
  return { instance: instance.toJSON() as Record<string, unknown>, line: reader.line(instance) };
}

/** The flavor a run uses: the asked one, else the one marked default, else the first. */
export function defaultFlavorName(envFile: EnvFile): string {
  return (envFile.flavors.find((f) => f.isDefault) ?? envFile.flavors[0])?.name ?? ENV_DEFAULTS.flavorName;
}

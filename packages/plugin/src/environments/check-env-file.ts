import type { Diagnostic } from '../diagnostics/diagnostic';
import type { EnvFile } from './env-file';
import { findReferences, isValidReferenceName } from './substitute';
import type { ReadString } from './yaml-reader';

/** Variables every flavor has without declaring them. */
export const BUILTIN_VARIABLES = ['flavor', 'integration'] as const;

/**
 * Cross-checks of a read env.yaml: one default flavor at most, known services in depends_on and
 * before_script, no dependency cycle, readiness ports that are published, and `${name}`
 * references that every flavor can resolve.
 */
export function checkEnvFile(envFile: EnvFile, strings: readonly ReadString[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (line: number, message: string, hint?: string, column = 1, severity: Diagnostic['severity'] = 'error') =>
    out.push({ ruleId: 'env/reference', severity, file, line, column, message, ...(hint ? { hint } : {}) });
  const names = envFile.services.map((s) => s.name);
  const defaults = envFile.flavors.filter((f) => f.isDefault);
  for (const extra of defaults.slice(1)) {
    at(
      extra.line,
      `flavor \`${extra.name}\` is marked default, but so is \`${defaults[0]!.name}\``,
      'mark at most one flavor `default: true`',
    );
  }
  for (const service of envFile.services) {
    for (const dep of service.dependsOn) {
      if (!names.includes(dep))
        at(
          service.line,
          `service \`${service.name}\` depends on \`${dep}\`, which is not a service`,
          `known services: ${names.join(', ')}`,
        );
      if (dep === service.name) at(service.line, `service \`${service.name}\` depends on itself`);
    }
    for (const condition of service.ready) {
      if ((condition.kind === 'tcp' || condition.kind === 'http') && !service.ports.includes(condition.port)) {
        at(
          condition.line,
          `service \`${service.name}\`: the ${condition.kind} condition probes port ${condition.port}, which is not in \`ports\``,
          `add ${condition.port} to the service's ports (readiness is probed through the published port)`,
        );
      }
    }
    if (service.ready.length === 0) {
      at(
        service.line,
        `service \`${service.name}\` has no \`ready\` condition: tests may start before it answers`,
        'add e.g. `ready: [{ tcp: <port> }]` or a log line',
        1,
        'warning',
      );
    }
  }
  const cycle = findCycle(envFile);
  if (cycle)
    at(
      envFile.services.find((s) => s.name === cycle[0])!.line,
      `services depend on each other in a cycle: ${cycle.join(' -> ')}`,
    );
  for (const step of envFile.beforeScript) {
    if (step.service !== undefined && !names.includes(step.service)) {
      at(
        step.line,
        `before_script runs in service \`${step.service}\`, which is not a service`,
        `known services: ${names.join(', ') || '(none)'}`,
      );
    }
  }
  out.push(...checkReferences(envFile, strings, file));
  return out;
}

function checkReferences(envFile: EnvFile, strings: readonly ReadString[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const flavors =
    envFile.flavors.length > 0 ? envFile.flavors : [{ name: 'default', variables: {} as Record<string, string> }];
  const endpointNames = new Set(
    envFile.services.flatMap((s) => [`${s.name}.host`, ...s.ports.map((p) => `${s.name}.port.${p}`)]),
  );
  for (const string of strings) {
    if (string.section === 'flavors') continue;
    for (const ref of findReferences(string.text)) {
      const column = string.column + ref.index;
      if (!isValidReferenceName(ref.name)) {
        out.push({
          ruleId: 'env/reference',
          severity: 'error',
          file,
          line: string.line,
          column,
          message: `\`\${${ref.name}}\` is not a valid reference`,
          hint: 'write `${name}` with a flavor variable, `${flavor}`, or in before_script `${<service>.host}` / `${<service>.port.<port>}`; `$${` is a literal `${`',
        });
        continue;
      }
      if ((BUILTIN_VARIABLES as readonly string[]).includes(ref.name)) continue;
      if (string.section === 'before_script' && endpointNames.has(ref.name)) continue;
      const missing = flavors
        .filter((f) => !Object.prototype.hasOwnProperty.call(f.variables, ref.name))
        .map((f) => f.name);
      if (missing.length === 0) continue;
      const endpointHint =
        string.section === 'before_script' ? `; endpoints: ${[...endpointNames].join(', ') || '(none)'}` : '';
      out.push({
        ruleId: 'env/reference',
        severity: 'error',
        file,
        line: string.line,
        column,
        message:
          envFile.flavors.length > 0
            ? `\`\${${ref.name}}\` is not defined by flavor(s) ${missing.map((n) => `\`${n}\``).join(', ')}`
            : `\`\${${ref.name}}\` is not defined: there are no flavors`,
        hint: `define \`${ref.name}\` under \`variables\` of every flavor${endpointHint}`,
      });
    }
  }
  return out;
}

/** A dependency cycle as a list of service names (first repeated at the end), or undefined. */
export function findCycle(envFile: EnvFile): string[] | undefined {
  const deps = new Map(envFile.services.map((s) => [s.name, s.dependsOn]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): string[] | undefined => {
    if (state.get(name) === 'done' || !deps.has(name)) return undefined;
    if (state.get(name) === 'visiting') return [...path.slice(path.indexOf(name)), name];
    state.set(name, 'visiting');
    for (const dep of deps.get(name) ?? []) {
      if (dep === name) continue;
      const found = visit(dep, [...path, name]);
      if (found) return found;
    }
    state.set(name, 'done');
    return undefined;
  };
  for (const name of deps.keys()) {
    const found = visit(name, []);
    if (found) return found;
  }
  return undefined;
}

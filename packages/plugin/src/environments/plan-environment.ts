import { join, posix } from 'node:path';
import type { EnvFile, ServiceSpec } from './env-file';
import type { EnvironmentPlan, ImageStep, PlannedService } from './environment-plan';
import { environmentLabels, LABELS, type EnvironmentIdentity } from './labels';
import { substitute } from './substitute';

export interface PlanInput {
  envFile: EnvFile;
  identity: EnvironmentIdentity;
  /** Absolute path of the integration's folder (build contexts are relative to it). */
  projectRoot: string;
}

/** A Docker-safe name part: lower case, `[a-z0-9_.-]`, no leading separator. */
export function dockerNamePart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9_.-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'x'
  );
}

/** The name prefix of everything in one session: `dd-<integration>-<flavor>-<session>`. */
export function environmentName(identity: EnvironmentIdentity): string {
  return ['dd', identity.integration, identity.flavor, identity.sessionId.slice(0, 8)].map(dockerNamePart).join('-');
}

/** Services ordered so that each comes after its dependencies (declaration order otherwise). */
export function startOrder(services: readonly ServiceSpec[]): ServiceSpec[] {
  const byName = new Map(services.map((s) => [s.name, s]));
  const ordered: ServiceSpec[] = [];
  const seen = new Set<string>();
  const visit = (service: ServiceSpec) => {
    if (seen.has(service.name)) return;
    seen.add(service.name);
    for (const dep of service.dependsOn) {
      const found = byName.get(dep);
      if (found) visit(found);
    }
    ordered.push(service);
  };
  services.forEach(visit);
  return ordered;
}

/**
 * Plans one flavor's environment of a validated env.yaml. Throws on an unknown flavor
 * (callers check with {@link flavorNames} first to give a user-facing message).
 */
export function planEnvironment(input: PlanInput): EnvironmentPlan {
  const { envFile, identity } = input;
  const flavor = envFile.flavors.find((f) => f.name === identity.flavor);
  if (envFile.flavors.length > 0 && !flavor) throw new Error(`unknown flavor ${identity.flavor}`);
  const variables: Record<string, string> = {
    ...flavor?.variables,
    flavor: identity.flavor,
    integration: identity.integration,
  };
  const sub = (text: string) => substitute(text, variables).value;
  const subMap = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, sub(v)]));
  const prefix = environmentName(identity);
  const labels = environmentLabels(identity);
  const images: ImageStep[] = [];
  const services: PlannedService[] = startOrder(envFile.services).map((spec) => {
    const image = spec.build
      ? `dd-plugin/${dockerNamePart(identity.integration)}-${dockerNamePart(spec.name)}:${dockerNamePart(identity.flavor)}`
      : sub(spec.image ?? '');
    if (spec.build) {
      const context = sub(spec.build.context);
      images.push({
        kind: 'build',
        service: spec.name,
        tag: image,
        contextDir: join(input.projectRoot, context),
        dockerfile: posix.normalize(sub(spec.build.dockerfile)),
        args: subMap(spec.build.args),
        labels: imageLabels(identity, spec.name),
      });
    } else images.push({ kind: 'use', service: spec.name, tag: image });
    return {
      name: spec.name,
      containerName: `${prefix}-${dockerNamePart(spec.name)}`,
      image,
      env: Object.entries(subMap(spec.environment)).map(([k, v]) => `${k}=${v}`),
      ...(spec.command ? { command: spec.command.map(sub) } : {}),
      ports: spec.ports,
      mounts: spec.volumes.map((v) => ({ volume: `${prefix}-${dockerNamePart(v.name)}`, target: v.target })),
      labels: environmentLabels(identity, spec.name),
      ready: spec.ready.map((c) =>
        c.kind === 'command'
          ? { ...c, command: c.command.map(sub) }
          : c.kind === 'log'
            ? { ...c, pattern: sub(c.pattern) }
            : c,
      ),
      retries: spec.retries,
    };
  });
  const volumeNames = [...new Set(services.flatMap((s) => s.mounts.map((m) => m.volume)))];
  return {
    identity,
    variables,
    network: { name: `${prefix}-net`, labels },
    volumes: volumeNames.map((name) => ({ name, labels })),
    images,
    services,
    beforeScript: envFile.beforeScript.map((step) => ({ ...step, command: step.command.map(sub) })),
  };
}

/** Built images are shared by sessions (build cache), so they carry no session or owner. */
function imageLabels(identity: EnvironmentIdentity, service: string): Record<string, string> {
  return {
    [LABELS.managed]: 'true',
    [LABELS.workspace]: identity.workspace,
    [LABELS.integration]: identity.integration,
    [LABELS.flavor]: identity.flavor,
    [LABELS.service]: service,
  };
}

/** The flavor names of an env.yaml (`default` when it declares none). */
export function flavorNames(envFile: EnvFile): string[] {
  return envFile.flavors.length > 0 ? envFile.flavors.map((f) => f.name) : ['default'];
}

/**
 * The data model of `ci/env.yaml`, after validation. Strings may still hold `${name}`
 * references; they are substituted per flavor when a plan is made. Every entry keeps the 1-based
 * line it came from, for messages.
 */
export interface EnvFile {
  flavors: FlavorSpec[];
  services: ServiceSpec[];
  beforeScript: ScriptStep[];
  /** The instance `nx run <integration>:check` runs the check with; strings may hold `${…}`. */
  check?: { instance: Record<string, unknown>; line: number };
}

export interface FlavorSpec {
  name: string;
  /** The flavor used when none is asked for (else the first one). */
  isDefault: boolean;
  variables: Record<string, string>;
  line: number;
}

export interface BuildSpec {
  /** Folder relative to the integration's root. */
  context: string;
  /** Relative to the context; default `Dockerfile`. */
  dockerfile: string;
  args: Record<string, string>;
}

export interface VolumeSpec {
  /** Volume name within the environment (the Docker name gets a unique suffix). */
  name: string;
  /** Mount point in the container. */
  target: string;
}

export type ReadyCondition =
  | { kind: 'log'; pattern: string; timeoutSeconds: number; line: number }
  | { kind: 'tcp'; port: number; timeoutSeconds: number; line: number }
  | { kind: 'http'; port: number; path: string; timeoutSeconds: number; line: number }
  | { kind: 'command'; command: string[]; timeoutSeconds: number; line: number };

export interface ServiceSpec {
  name: string;
  image?: string;
  build?: BuildSpec;
  environment: Record<string, string>;
  command?: string[];
  /** Container ports (TCP) published on 127.0.0.1, each on a free ephemeral host port. */
  ports: number[];
  volumes: VolumeSpec[];
  dependsOn: string[];
  ready: ReadyCondition[];
  /** How many times the container is recreated when a readiness condition times out. */
  retries: number;
  line: number;
}

export interface ScriptStep {
  /** Runs inside this service's container; undefined: on the host, in the integration's folder. */
  service?: string;
  command: string[];
  line: number;
}

/** Defaults, in one place (also documented in the package README). */
export const ENV_DEFAULTS = {
  readyTimeoutSeconds: 60,
  retries: 0,
  dockerfile: 'Dockerfile',
  httpPath: '/',
  /** The flavor name of an env.yaml without flavors. */
  flavorName: 'default',
} as const;

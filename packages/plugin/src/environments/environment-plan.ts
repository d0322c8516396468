import type { ReadyCondition, ScriptStep } from './env-file';
import type { EnvironmentIdentity } from './labels';

/** An image a service needs: built from a Dockerfile, or used as named (pulled when missing). */
export type ImageStep =
  | {
      kind: 'build';
      service: string;
      tag: string;
      contextDir: string;
      dockerfile: string;
      args: Record<string, string>;
      labels: Record<string, string>;
    }
  | { kind: 'use'; service: string; tag: string };

export interface PlannedVolume {
  /** Docker volume name, unique to the session. */
  name: string;
  labels: Record<string, string>;
}

export interface PlannedService {
  name: string;
  /** Unique to the session, so flavors and integrations never collide. */
  containerName: string;
  image: string;
  env: string[];
  command?: string[];
  /** Container ports published on 127.0.0.1, host port chosen by the engine. */
  ports: number[];
  mounts: { volume: string; target: string }[];
  labels: Record<string, string>;
  ready: ReadyCondition[];
  retries: number;
}

/** Everything `install` will do, decided before anything runs: pure data, unit-tested without a daemon. */
export interface EnvironmentPlan {
  identity: EnvironmentIdentity;
  /** Flavor variables plus the built-in ones, as substituted. */
  variables: Record<string, string>;
  network: { name: string; labels: Record<string, string> };
  volumes: PlannedVolume[];
  images: ImageStep[];
  /** In start order: a service comes after those it depends on. */
  services: PlannedService[];
  /** before_script steps with flavor variables substituted; endpoint references are resolved after start. */
  beforeScript: ScriptStep[];
}

/** The host every port is published on. */
export const PUBLISH_HOST = '127.0.0.1';

/** Where a published container port is reachable from the host. */
export interface Endpoint {
  service: string;
  containerPort: number;
  host: string;
  hostPort: number;
}

import type { ContainerCreateBody } from './container-options';
import type { ReadyCondition } from './env-file';
import type { Endpoint, EnvironmentPlan, ImageStep, PlannedVolume } from './environment-plan';
import type { EnvironmentSelector } from './labels';
import type { ManagedObject } from './sweep';
import type { ProbeResult } from './wait-ready';

/** Progress lines for the user. */
export type Log = (line: string) => void;

/**
 * What starting and stopping an environment needs from a container engine. The Docker adapter
 * implements it with dockerode; unit tests use a fake. Methods throw the typed errors of
 * `errors/environment-errors.ts` for problems a user can fix.
 */
export interface EnvironmentEngine {
  /** Builds, finds or pulls an image (with the offline base image fallback). */
  prepareImage(step: ImageStep, log: Log, signal?: AbortSignal): Promise<void>;
  createNetwork(network: EnvironmentPlan['network']): Promise<void>;
  createVolume(volume: PlannedVolume): Promise<void>;
  /** Creates and starts a container; returns its id. */
  startContainer(body: ContainerCreateBody): Promise<string>;
  /** The host endpoints of a started container's published ports. */
  endpoints(containerId: string, service: string): Promise<Endpoint[]>;
  /** One look at a readiness condition. */
  probe(
    condition: ReadyCondition,
    target: { containerId: string; endpoints: readonly Endpoint[] },
  ): Promise<ProbeResult>;
  /** The last lines of a container's output (stdout and stderr). */
  logTail(containerId: string, lines: number): Promise<string>;
  /** Runs a command in a running container. */
  exec(containerId: string, command: readonly string[]): Promise<{ exitCode: number; output: string }>;
  /** Objects carrying our labels that match the selector. */
  list(selector: EnvironmentSelector): Promise<ManagedObject[]>;
  /** Removes one object (containers forcibly, with their anonymous volumes); absent is fine. */
  remove(object: ManagedObject): Promise<void>;
}

/** A started environment: what tests and before_script need. */
export interface RunningEnvironment {
  plan: EnvironmentPlan;
  containers: { service: string; id: string; name: string }[];
  endpoints: Endpoint[];
  /** Milliseconds from the start call to every service ready. */
  readyAfterMs: number;
}

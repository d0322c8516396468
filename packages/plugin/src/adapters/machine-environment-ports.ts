import { randomUUID } from 'node:crypto';
import {
  createEnvironmentService,
  type EnvironmentService,
  type EnvironmentServiceDeps,
} from '../environments/environment-service';
import { connectDockerEngine } from './docker-engine';
import { diskStateFiles } from './disk-state-files';
import { hostRunner } from './host-runner';
import { guardInterrupts } from './interrupt-signal';
import { currentOwner, machineOwnerFacts } from './process-owner';
import { systemClock } from './system-clock';

/** What the environment service needs from this machine, besides the engine (see connectDockerEngine). */
export type MachineEnvironmentPorts = Omit<EnvironmentServiceDeps, 'integration' | 'envFile' | 'engine'>;

/**
 * This process and machine as the environment service sees them: real time, console output,
 * state files on disk, this process as the owner, process signals, and host before_script steps
 * run in the integration's folder.
 */
export function machineEnvironmentPorts(projectRoot: string): MachineEnvironmentPorts {
  return {
    clock: systemClock,
    log: (line) => console.log(line),
    stateFiles: diskStateFiles,
    owner: currentOwner(),
    ownerFacts: machineOwnerFacts(),
    runHost: hostRunner(projectRoot),
    guardInterrupts,
    newSessionId: () => randomUUID(),
  };
}

/**
 * The environment service of an integration on this machine: its Docker engine (connected on
 * first use) and the ports above. What every Docker executor starts from.
 */
export function machineEnvironmentService(
  integration: EnvironmentServiceDeps['integration'],
  envFile: EnvironmentServiceDeps['envFile'],
): EnvironmentService {
  return createEnvironmentService({
    integration,
    envFile,
    engine: connectDockerEngine(),
    ...machineEnvironmentPorts(integration.projectRoot),
  });
}

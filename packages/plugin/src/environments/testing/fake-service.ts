import type { EnvFile } from '../env-file';
import type { EnvironmentEngine } from '../environment-engine';
import { createEnvironmentService } from '../environment-service';
import { readEnvFile } from '../read-env-file';
import type { IntegrationRef } from '../start-integration-environment';
import type { ProbeResult } from '../wait-ready';
import { fakeEngine } from './fake-engine';
import { fakeClock, fakeHostRunner, fakeInterrupts, fakeOwnerFacts, memoryStateFiles } from './fake-ports';

/** The integration of the specs: redis in workspace /ws. */
export const INTEGRATION: IntegrationRef = {
  workspaceRoot: '/ws',
  projectName: 'redis',
  projectRoot: '/ws/integrations/redis',
  outputRoot: '/ws/dist/integrations/redis',
};

/** This process in specs: pid 100 on host `box`. */
export const OWNER_PID = 100;

/** How the fakes behave. */
export interface FakeServiceOptions {
  /** Readiness probe answers by container number (ready by default). */
  probe?: (containerNumber: number) => ProbeResult;
  /** Pids that run besides this process. */
  alive?: number[];
}

function validEnvFile(yaml: string): EnvFile {
  const { envFile, diagnostics } = readEnvFile(yaml);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!envFile || errors.length > 0) throw new Error(`invalid env.yaml in a spec: ${JSON.stringify(errors)}`);
  return envFile;
}

/**
 * An environment service on in-memory fakes: engine, state files, host runner, interrupts and
 * virtual time. `serviceFor` makes another service (another env.yaml, or another owner) on the
 * same engine and state files, as a later command of the same workspace would see them.
 */
export function fakeEnvironmentService(yaml: string, options: FakeServiceOptions = {}) {
  const fake = fakeEngine(options.probe);
  const stateFiles = memoryStateFiles();
  const host = fakeHostRunner();
  const interrupts = fakeInterrupts();
  const lines: string[] = [];
  let sessions = 0;
  const serviceFor = (envYaml: string, override: { ownerPid?: number; engine?: EnvironmentEngine } = {}) =>
    createEnvironmentService({
      integration: INTEGRATION,
      envFile: validEnvFile(envYaml),
      engine: override.engine ?? fake.engine,
      clock: fakeClock(),
      log: (line) => lines.push(line),
      stateFiles,
      owner: { ownerPid: override.ownerPid ?? OWNER_PID, ownerStart: '', ownerHost: 'box' },
      ownerFacts: fakeOwnerFacts(stateFiles, [OWNER_PID, ...(options.alive ?? [])]),
      runHost: host.runHost,
      guardInterrupts: interrupts.guardInterrupts,
      newSessionId: () => `s${++sessions}`,
    });
  return { service: serviceFor(yaml), serviceFor, ...fake, stateFiles, host, interrupts, lines };
}

import { attachEnvironment } from './attach-environment';
import {
  cleanupEnvironment,
  cleanupInstalledEnvironments,
  describeCleanup,
  NOTHING_REMOVED,
  removedAny,
  sweepStaleEnvironments,
  type CleanupSummary,
} from './cleanup-environment';
import { stateFilePath, stateFolder } from './environment-state';
import type { GuardInterrupts } from './interrupt-guard';
import { ENV_FILE } from './read-env-file';
import { runBeforeScript, type HostRunner } from './run-before-script';
import {
  startIntegrationEnvironment,
  type StartedEnvironment,
  type StartEnvironmentDeps,
  type StartRequest,
} from './start-integration-environment';
import { withEnvironment } from './with-environment';

/** Everything the service works with: what starting an environment needs, and the ports of its other steps. */
export interface EnvironmentServiceDeps extends StartEnvironmentDeps {
  /** Runs a before_script step that names no service. */
  runHost: HostRunner;
  /** Turns process signals into an abort while an environment starts or is in use. */
  guardInterrupts: GuardInterrupts;
}

/**
 * The lifecycle of one integration's environments: start (install or a test run), attach to the
 * one `install` recorded, run its before_script, clean it up, and sweep what killed runs left.
 * Removal is called "cleanup" throughout; "sweep" removes environments whose owner is gone.
 */
export interface EnvironmentService {
  /**
   * Starts one flavor: removes a previous installed environment of the flavor (`keep` only),
   * sweeps leaked environments, builds images, starts services and waits until they are ready;
   * records the state file (`keep` only). A failure or an abort leaves nothing behind.
   */
  start(request: StartRequest): Promise<StartedEnvironment>;
  /** The environment `install` recorded for a flavor; EnvironmentNotRunningError if it is not there. */
  attach(flavor: string): Promise<StartedEnvironment>;
  /** Runs ci/env.yaml's before_script against the environment; resolves with the number of steps. */
  runBeforeScript(environment: StartedEnvironment): Promise<number>;
  /** Removes a started or attached environment, and its state file while it names it. Idempotent. */
  cleanup(environment: StartedEnvironment): Promise<CleanupSummary>;
  /**
   * The `cleanup` target: removes the integration's environments of one flavor (undefined: every
   * flavor) with their state files, leaving those of running test processes, then sweeps. Idempotent.
   */
  cleanupInstalled(flavor: string | undefined): Promise<CleanupSummary>;
  /** Removes the environments, of any integration, whose owner is gone and that no state file keeps. */
  sweep(): Promise<CleanupSummary>;
  /** Removes what a docker compose project named by `composeProjectName` holds. Idempotent. */
  removeComposeProject(project: string): Promise<CleanupSummary>;
  /**
   * Starts an environment, runs `body` with it, and (unless `keep`) cleans it up afterwards, with
   * Ctrl-C / SIGTERM / SIGHUP turned into an orderly abort: a signal during the start removes what
   * was created; with `keep: false`, a signal while `body` runs removes the environment.
   */
  withEnvironment<T>(
    request: Omit<StartRequest, 'signal'>,
    body: (environment: StartedEnvironment) => Promise<T>,
  ): Promise<T>;
}

/** The service for one integration, on the given engine and machine ports. */
export function createEnvironmentService(deps: EnvironmentServiceDeps): EnvironmentService {
  const { engine, log, stateFiles, ownerFacts, integration } = deps;
  const service: EnvironmentService = {
    start: (request) => startIntegrationEnvironment(deps, request, service.sweep),
    attach: (flavor) => attachEnvironment(deps, flavor),
    async runBeforeScript(environment) {
      if (!environment.running) return 0;
      return runBeforeScript(environment.running, engine, deps.runHost, environment.env, log, ENV_FILE);
    },
    async cleanup(environment) {
      if (!environment.running) return NOTHING_REMOVED;
      const { sessionId } = environment.running.plan.identity;
      const removed = await cleanupEnvironment(engine, { sessionId });
      const { stateFile } = environment;
      if (stateFile && stateFiles.read(stateFile)?.sessionId === sessionId) stateFiles.remove(stateFile);
      return removed;
    },
    async cleanupInstalled(flavor) {
      const { busyOwners, ...removed } = await cleanupInstalledEnvironments(
        engine,
        {
          workspace: integration.workspaceRoot,
          integration: integration.projectName,
          ...(flavor !== undefined ? { flavor } : {}),
        },
        ownerFacts,
      );
      if (busyOwners.length > 0)
        log(
          `left the environments of running test process(es) ${busyOwners.join(', ')}: they remove their own when they end`,
        );
      const recorded =
        flavor !== undefined
          ? [stateFilePath(integration.outputRoot, flavor)]
          : stateFiles.list(stateFolder(integration.outputRoot));
      for (const path of recorded) stateFiles.remove(path);
      await service.sweep();
      return removed;
    },
    async sweep() {
      const swept = await sweepStaleEnvironments(engine, ownerFacts);
      if (removedAny(swept))
        log(`swept environments left by runs that ended without cleaning up: ${describeCleanup(swept)}`);
      return swept;
    },
    removeComposeProject: (project) => cleanupEnvironment(engine, { sessionId: project }),
    withEnvironment: (request, body) => withEnvironment(service, deps, request, body),
  };
  return service;
}

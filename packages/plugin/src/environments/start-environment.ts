import {
  EngineStoppedError,
  EnvironmentInterruptedError,
  ReadinessTimeoutError,
  ServiceStartError,
} from '../errors/environment-errors';
import { containerCreateBody } from './container-options';
import type { EnvironmentEngine, Log, RunningEnvironment } from './environment-engine';
import type { Endpoint, EnvironmentPlan, PlannedService } from './environment-plan';
import { cleanupEnvironment } from './cleanup-environment';
import { environmentLeftBehind } from './environment-left-behind';
import { describeCondition, waitForCondition, type Clock } from './wait-ready';

export interface StartOptions {
  log: Log;
  clock: Clock;
  /** Aborting (Ctrl-C, SIGTERM) stops the start and removes what was created. */
  signal?: AbortSignal;
  /** The file the conditions come from, for messages. */
  envFile?: string;
}

/** How many log lines a readiness failure shows. */
export const LOG_TAIL_LINES = 50;

/**
 * How long a container that stopped is given before its log is read. A daemon that is shutting
 * down stops its containers first and closes its API a moment later: reading the log after this
 * pause fails with EngineStoppedError then, instead of blaming the service.
 */
export const ENGINE_SETTLE_MS = 1500;

/**
 * Starts one flavor's environment: images, network, volumes, then each service in dependency
 * order, waiting for its readiness conditions (recreating it up to `retries` times). On any
 * failure or abort everything created so far is removed before the error propagates: no
 * half-started environment is ever left behind.
 */
export async function startEnvironment(
  plan: EnvironmentPlan,
  engine: EnvironmentEngine,
  options: StartOptions,
): Promise<RunningEnvironment> {
  const started = options.clock.now();
  const containers: RunningEnvironment['containers'] = [];
  const endpoints: Endpoint[] = [];
  try {
    for (const step of plan.images) await engine.prepareImage(step, options.log, options.signal);
    options.signal?.throwIfAborted();
    await engine.createNetwork(plan.network);
    for (const volume of plan.volumes) await engine.createVolume(volume);
    for (const service of plan.services) {
      const { id, found } = await startService(plan, service, engine, options);
      containers.push({ service: service.name, id, name: service.containerName });
      endpoints.push(...found);
    }
    return { plan, containers, endpoints, readyAfterMs: options.clock.now() - started };
  } catch (error) {
    // a stopped engine removes nothing (and may not answer at all): the next run's sweep does
    if (error instanceof EngineStoppedError) throw environmentLeftBehind(error, plan.identity);
    await cleanupEnvironment(engine, { sessionId: plan.identity.sessionId }).catch(() => undefined);
    if (options.signal?.aborted) {
      throw new EnvironmentInterruptedError(
        `${plan.identity.integration} (flavor ${plan.identity.flavor}): interrupted; the environment was removed.`,
        undefined,
        { cause: error },
      );
    }
    throw error;
  }
}

async function startService(
  plan: EnvironmentPlan,
  service: PlannedService,
  engine: EnvironmentEngine,
  options: StartOptions,
) {
  const where = `${plan.identity.integration} (flavor ${plan.identity.flavor}) service \`${service.name}\``;
  for (let attempt = 0; ; attempt++) {
    const id = await engine.startContainer(containerCreateBody(plan, service));
    const found = await engine.endpoints(id, service.name);
    const mine = found.filter((e) => e.service === service.name);
    let failure: { condition: string; line: number; reason: string; detail?: string; timeout: number } | undefined;
    for (const condition of service.ready) {
      const outcome = await waitForCondition(
        condition,
        () => engine.probe(condition, { containerId: id, endpoints: mine }),
        options.clock,
        options.signal,
      );
      if (!outcome.ready) {
        failure = {
          condition: describeCondition(condition),
          line: condition.line,
          reason: outcome.reason,
          timeout: condition.timeoutSeconds,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
        };
        break;
      }
    }
    if (!failure) {
      options.log(
        `${service.name} ready (${mine.map((e) => `${e.containerPort} -> ${e.host}:${e.hostPort}`).join(', ') || 'no published ports'})`,
      );
      return { id, found: mine };
    }
    if (failure.reason === 'failed') await options.clock.sleep(ENGINE_SETTLE_MS, options.signal);
    const logs = lastLines(
      await engine.logTail(id, LOG_TAIL_LINES).catch((e: Error) => {
        if (e instanceof EngineStoppedError) throw e;
        return `(log unavailable: ${e.message})`;
      }),
      LOG_TAIL_LINES,
    );
    const canRetry = failure.reason === 'timeout' && attempt < service.retries;
    if (canRetry) {
      options.log(
        `${service.name} not ready (${failure.condition}); recreating it (retry ${attempt + 1} of ${service.retries})`,
      );
      await engine.remove({ kind: 'container', id, name: service.containerName, labels: service.labels });
      continue;
    }
    const source = options.envFile ? ` (${options.envFile}:${failure.line})` : '';
    const detail = failure.detail ? `\nLast observation: ${failure.detail}` : '';
    const tail = `\nLast ${LOG_TAIL_LINES} lines of its log:\n${indent(logs || '(empty)')}`;
    if (failure.reason === 'failed') {
      throw new ServiceStartError(
        `${where} stopped before it was ready: ${failure.condition}${source}.${detail}${tail}`,
        "fix the service's command or image (its log is above); the environment was removed",
      );
    }
    throw new ReadinessTimeoutError(
      `${where} was not ready after ${failure.timeout} s${attempt > 0 ? ` and ${attempt} retr${attempt === 1 ? 'y' : 'ies'}` : ''}: ${failure.condition}${source}.${detail}${tail}`,
      "raise the condition's `timeout` or `retries` in ci/env.yaml, or fix the service (its log is above); the environment was removed",
    );
  }
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  | ${line}`)
    .join('\n');
}

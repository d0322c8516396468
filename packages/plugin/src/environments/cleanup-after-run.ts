import { EngineStoppedError } from '../errors/environment-errors';
import type { RunningEnvironment } from './environment-engine';
import { environmentLeftBehind } from './environment-left-behind';

/**
 * Removes a run's environment after its body. When the engine stopped answering (in the body or
 * in the removal), it tries nothing more and fails once, with the engine's error saying what is
 * left and that the next run removes it.
 */
export async function cleanupAfterRun<E extends { running: RunningEnvironment | undefined }>(
  cleanup: (environment: E) => Promise<unknown>,
  environment: E,
  failure: unknown,
): Promise<void> {
  const identity = environment.running?.plan.identity;
  if (failure instanceof EngineStoppedError && identity) throw environmentLeftBehind(failure, identity);
  try {
    await cleanup(environment);
  } catch (error) {
    if (error instanceof EngineStoppedError && identity) throw environmentLeftBehind(error, identity);
    throw error;
  }
}

import { EngineStoppedError } from '../errors/environment-errors';
import type { EnvironmentIdentity } from './labels';

/**
 * The engine's EngineStoppedError, saying once what it leaves behind: the environment could not
 * be removed while the engine is down, and the next run removes it (its owner, this process, is
 * gone by then, so the sweep of install, cleanup and test runs takes it).
 */
export function environmentLeftBehind(
  error: EngineStoppedError,
  identity: Pick<EnvironmentIdentity, 'integration' | 'flavor'>,
): EngineStoppedError {
  return new EngineStoppedError(
    `${error.message}\nThe environment of ${identity.integration} (flavor ${identity.flavor}) could not be removed while the engine is down; once it answers again, the next install, cleanup or test run removes it.`,
    error.hint,
    { cause: error },
  );
}

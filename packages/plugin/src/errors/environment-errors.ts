import { UserError } from './user-error';

/** No Docker daemon answers at the configured address. */
export class DockerUnavailableError extends UserError {
  override name = 'DockerUnavailableError';
}

/** `ci/env.yaml` is invalid or names an unknown flavor. */
export class EnvironmentConfigError extends UserError {
  override name = 'EnvironmentConfigError';
}

/** An image is neither present, pullable nor buildable here. */
export class ImageUnavailableError extends UserError {
  override name = 'ImageUnavailableError';
}

/** A service did not become ready in time; the message carries the condition and its log tail. */
export class ReadinessTimeoutError extends UserError {
  override name = 'ReadinessTimeoutError';
}

/** A container, network or port is already taken. */
export class EnvironmentConflictError extends UserError {
  override name = 'EnvironmentConflictError';
}

/** A container could not be created or started, or exited while being waited for. */
export class ServiceStartError extends UserError {
  override name = 'ServiceStartError';
}

/** A before_script command exited non-zero. */
export class BeforeScriptError extends UserError {
  override name = 'BeforeScriptError';
}

/** There is no running environment to act on (before-script without install). */
export class EnvironmentNotRunningError extends UserError {
  override name = 'EnvironmentNotRunningError';
}

/** The run was interrupted (Ctrl-C, SIGTERM); the environment was removed. */
export class EnvironmentInterruptedError extends UserError {
  override name = 'EnvironmentInterruptedError';
}

/**
 * The Docker engine stopped answering while a run was under way (connection refused or reset,
 * its socket gone, an Engine API timeout): no fault of the services, and not an interrupt.
 */
export class EngineStoppedError extends UserError {
  override name = 'EngineStoppedError';
}

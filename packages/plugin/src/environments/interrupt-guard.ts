/** Turns Ctrl-C, SIGTERM and SIGHUP into an abort for the duration of a step. */
export interface InterruptGuard {
  /** Aborted when the process receives SIGINT, SIGTERM or SIGHUP. */
  signal: AbortSignal;
  /** Which signal arrived, if one did. */
  received(): NodeJS.Signals | undefined;
  /** Removes the handlers (the process then reacts to signals as before). */
  dispose(): void;
}

/**
 * Installs an {@link InterruptGuard}. When `onIdle` is given, a signal that arrives while nothing
 * awaits the abort runs it (the cleanup), after which the process exits.
 */
export type GuardInterrupts = (onIdle?: (signal: NodeJS.Signals) => Promise<unknown>) => InterruptGuard;

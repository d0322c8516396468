import type { InterruptGuard } from '../environments/interrupt-guard';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const EXIT_CODES: Record<(typeof SIGNALS)[number], number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Turns Ctrl-C, SIGTERM and SIGHUP into an AbortSignal for the duration of a step, so the step
 * can remove what it created. When `onIdle` is given, a signal that arrives while nothing is
 * awaiting the abort runs it (the cleanup) and then exits with the conventional code.
 */
export function guardInterrupts(onIdle?: (signal: NodeJS.Signals) => Promise<unknown>): InterruptGuard {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handler = (signal: (typeof SIGNALS)[number]) => {
    if (received) return;
    received = signal;
    // The Nx CLI may exit at once on Ctrl-C, closing our output pipes: a write error must not
    // kill this process before its cleanup is done.
    for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    controller.abort(new Error(`received ${signal}`));
    if (onIdle) {
      void onIdle(signal)
        .catch(() => undefined)
        .finally(() => process.exit(EXIT_CODES[signal]));
    }
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => SIGNALS.forEach((signal) => process.off(signal, handler)),
  };
}

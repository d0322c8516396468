import { posix } from 'node:path';
import type { EnvironmentState, StateFiles } from '../environment-state';
import type { GuardInterrupts } from '../interrupt-guard';
import type { HostRunner } from '../run-before-script';
import type { OwnerFacts } from '../sweep';
import type { Clock } from '../wait-ready';

/** Virtual time: sleeping advances it at once. */
export function fakeClock(): Clock {
  let now = 0;
  return { now: () => now, sleep: async (ms) => void (now += ms) };
}

/** State files in a map, keyed by path. */
export function memoryStateFiles(): StateFiles & { files: Map<string, EnvironmentState> } {
  const files = new Map<string, EnvironmentState>();
  return {
    files,
    read: (path) => files.get(path),
    write: (path, state) => void files.set(path, structuredClone(state)),
    remove: (path) => void files.delete(path),
    list: (folder) => [...files.keys()].filter((path) => posix.dirname(path) === folder),
  };
}

/** Owners on host `box`: the pids in `alive` run; a state file keeps its session while it names it. */
export function fakeOwnerFacts(stateFiles: StateFiles, alive: readonly number[] = []): OwnerFacts {
  return {
    hostName: 'box',
    isAlive: (pid) => alive.includes(pid),
    recordedSession: (stateFile) => stateFiles.read(stateFile)?.sessionId,
  };
}

/** A host runner that records the commands it was given and succeeds. */
export function fakeHostRunner(): { runHost: HostRunner; commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    runHost: async (command) => {
      commands.push(command.join(' '));
      return { exitCode: 0, output: '' };
    },
  };
}

/**
 * Interrupts on demand: while a guard is installed, `interrupt()` does what the process signal
 * handler does (abort the guard's signal, run the idle cleanup) without exiting; `state.idle`
 * settles when that cleanup is done.
 */
export function fakeInterrupts() {
  let received: NodeJS.Signals | undefined;
  let onIdle: ((signal: NodeJS.Signals) => Promise<unknown>) | undefined;
  let controller = new AbortController();
  let listening = false;
  const state = { idle: Promise.resolve() as Promise<unknown> };
  const guardInterrupts: GuardInterrupts = (idle) => {
    controller = new AbortController();
    onIdle = idle;
    listening = true;
    return { signal: controller.signal, received: () => received, dispose: () => void (listening = false) };
  };
  const interrupt = (signal: NodeJS.Signals = 'SIGINT') => {
    if (!listening || received) return;
    received = signal;
    controller.abort(new Error(`received ${signal}`));
    state.idle = onIdle ? onIdle(signal).catch(() => undefined) : Promise.resolve();
  };
  return { guardInterrupts, interrupt, state };
}

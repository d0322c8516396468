import { join } from 'node:path';
import type { Endpoint, EnvironmentPlan } from './environment-plan';

/** What `install` records about a ready environment, for before_script, tests and cleanup. */
export interface EnvironmentState {
  sessionId: string;
  integration: string;
  flavor: string;
  createdAt: string;
  plan: EnvironmentPlan;
  containers: { service: string; id: string; name: string }[];
  endpoints: Endpoint[];
  /** The DD_ENV_* variables tests get. */
  env: Record<string, string>;
}

/** Where an integration's state files live: `dist/<projectRoot>/environments/`. */
export function stateFolder(outputRoot: string): string {
  return join(outputRoot, 'environments');
}

/** `dist/<projectRoot>/environments/<flavor>.json` */
export function stateFilePath(outputRoot: string, flavor: string): string {
  return join(stateFolder(outputRoot), `${flavor}.json`);
}

/**
 * Where state files are kept. The disk adapter writes JSON files; specs keep them in memory.
 * Paths are those of {@link stateFilePath}, also recorded in the environment's labels.
 */
export interface StateFiles {
  /** The recorded state; undefined when the file is missing or unreadable. */
  read(path: string): EnvironmentState | undefined;
  /** Writes atomically: a reader never sees half of it. */
  write(path: string, state: EnvironmentState): void;
  /** Removes one state file; a missing one is fine. */
  remove(path: string): void;
  /** The state files in a folder; none when the folder does not exist. */
  list(folder: string): string[];
}

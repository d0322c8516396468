import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Endpoint, EnvironmentPlan } from '../../../environments/environment-plan';

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

/** `dist/<projectRoot>/environments/<flavor>.json` */
export function stateFilePath(outputRoot: string, flavor: string): string {
  return join(outputRoot, 'environments', `${flavor}.json`);
}

/** Writes the state file atomically (a reader never sees half of it). */
export function writeState(path: string, state: EnvironmentState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}

export function readState(path: string): EnvironmentState | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EnvironmentState;
  } catch {
    return undefined;
  }
}

export function removeState(path: string): void {
  rmSync(path, { force: true });
}

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EnvironmentState, StateFiles } from '../environments/environment-state';

/** State files as JSON on disk, next to the integration's other outputs. */
export const diskStateFiles: StateFiles = {
  read(path) {
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as EnvironmentState;
    } catch {
      return undefined;
    }
  },
  write(path, state) {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temporary, path);
  },
  remove(path) {
    rmSync(path, { force: true });
  },
  list(folder) {
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(folder, name));
  },
};

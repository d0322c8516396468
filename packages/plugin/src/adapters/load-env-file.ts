import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvFile } from '../environments/env-file';
import { ENV_FILE, readEnvFile } from '../environments/read-env-file';
import { EnvironmentConfigError } from '../errors/environment-errors';

/** Reads and validates an integration's `ci/env.yaml`; a missing file means no services. */
export function loadEnvFile(projectRoot: string, projectName: string): EnvFile {
  const path = join(projectRoot, ENV_FILE);
  if (!existsSync(path)) return { flavors: [], services: [], beforeScript: [] };
  const { envFile, diagnostics } = readEnvFile(readFileSync(path, 'utf8'), ENV_FILE);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!envFile || errors.length > 0) {
    const lines = errors.map(
      (d) =>
        `  ${projectName}/${d.file}:${d.line}:${d.column}  ${d.message}${d.hint ? `\n      how to fix: ${d.hint}` : ''}`,
    );
    throw new EnvironmentConfigError(
      `${projectName}/${ENV_FILE} is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
      `edit ${ENV_FILE}; \`nx lint ${projectName}\` shows the same problems`,
    );
  }
  return envFile;
}

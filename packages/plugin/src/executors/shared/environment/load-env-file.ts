import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvFile } from '../../../environments/env-file';
import { ENV_FILE, defaultFlavorName, readEnvFile } from '../../../environments/read-env-file';
import { flavorNames } from '../../../environments/plan-environment';
import { EnvironmentConfigError } from '../../../errors/environment-errors';

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

/**
 * The flavor to use: the asked one (checked), else the default one. A number is what Nx's
 * argument parser makes of `--flavor=7.0`; it matches the flavor whose name is that number.
 */
export function resolveFlavor(envFile: EnvFile, projectName: string, asked: string | number | undefined): string {
  if (asked === undefined || asked === '') return defaultFlavorName(envFile);
  const known = flavorNames(envFile);
  if (typeof asked === 'number') {
    const matches = known.filter((name) => name.trim() !== '' && Number(name) === asked);
    if (matches.length === 1) return matches[0] as string;
    if (matches.length > 1) {
      throw new EnvironmentConfigError(
        `--flavor=${asked} matches several flavors of ${projectName} (${matches.join(', ')}): Nx reads the value as a number.`,
        `run the target with the flavor name as a string, e.g. --flavor="'${matches[0]}'", or rename the flavors`,
      );
    }
  }
  if (!known.includes(String(asked))) {
    throw new EnvironmentConfigError(
      `${projectName} has no flavor \`${asked}\` in ${ENV_FILE}.`,
      `use one of: ${known.map((f) => `--flavor=${f}`).join(', ')}`,
    );
  }
  return String(asked);
}

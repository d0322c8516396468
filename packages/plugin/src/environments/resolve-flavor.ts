import { EnvironmentConfigError } from '../errors/environment-errors';
import type { EnvFile } from './env-file';
import { flavorNames } from './plan-environment';
import { ENV_FILE, defaultFlavorName } from './read-env-file';

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

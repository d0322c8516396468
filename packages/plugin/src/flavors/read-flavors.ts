import { flavorNames } from '../environments/plan-environment';
import { defaultFlavorName, readEnvFile } from '../environments/read-env-file';
import type { FlavorInfo } from './flavor-targets';

/**
 * The flavors of an integration from the text of its ci/env.yaml. No services, or a file that
 * does not validate (lint reports it), means no flavors: the tests run once, without Docker.
 */
export function readFlavors(envYaml: string | undefined): FlavorInfo[] {
  if (envYaml === undefined) return [];
  const { envFile } = readEnvFile(envYaml);
  if (!envFile || envFile.services.length === 0) return [];
  const fallback = defaultFlavorName(envFile);
  return flavorNames(envFile).map((name) => ({
    name,
    isDefault: name === fallback,
  }));
}

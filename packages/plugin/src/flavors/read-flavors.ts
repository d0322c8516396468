import { flavorNames } from '../environments/plan-environment';
import { defaultFlavorName, readEnvFile } from '../environments/read-env-file';
import { readHatchMatrix } from '../python/hatch-matrix';
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

/**
 * The flavors of an integration from hatch.toml's test matrix, where it has more than one
 * environment: one per combination, named as hatch and `ddev test <check>:<name>` name it, the
 * first the default. A single environment, or a file hatch cannot read, means no flavors.
 */
export function readHatchFlavors(hatchToml: string | undefined): FlavorInfo[] {
  const { environments, problems } = readHatchMatrix(hatchToml);
  if (environments.length < 2 || problems.length > 0) return [];
  return environments.map((e, i) => ({ name: e.name, isDefault: i === 0, source: 'hatch' as const }));
}

import { readHatchMatrix } from '../../python/hatch-matrix';
import { AGENT_PYTHON } from '../../python/python-version';
import type { EnvFile } from '../env-file';
import { COMPOSE_FILE, renderComposeFile } from './render-compose-file';
import { ENVIRONMENT_MODULE, renderEnvironmentModule } from './render-environment-module';
import { renderHatchToml } from './render-hatch-toml';

export const HATCH_FILE = 'hatch.toml';

/** A file of the integration written whole from ci/env.yaml. */
export interface RenderedEnvironmentFile {
  path: string;
  text: string;
}

/** The Pythons hatch.toml's matrix runs today, kept as the user chose them; else the Agent's. */
function matrixPythons(hatchText: string | undefined): string[] {
  const pythons = readHatchMatrix(hatchText).environments.flatMap(
    (env) => env.variables.python ?? env.variables.py ?? [],
  );
  return pythons.length > 0 ? [...new Set(pythons)] : [AGENT_PYTHON];
}

/**
 * What `ddev test` reads, rendered from ci/env.yaml so that it and `nx test` run one
 * declaration: hatch.toml's matrix when env.yaml declares flavors or services, and the compose
 * file and the dd_environment fixture when it declares services. Nothing for an empty env.yaml:
 * hatch.toml is then the author's own.
 */
export function renderedEnvironmentFiles(
  envFile: EnvFile,
  integration: string,
  hatchText: string | undefined,
): RenderedEnvironmentFile[] {
  if (envFile.flavors.length === 0 && envFile.services.length === 0) return [];
  const files = [{ path: HATCH_FILE, text: renderHatchToml(envFile, integration, matrixPythons(hatchText)) }];
  if (envFile.services.length === 0) return files;
  return [
    ...files,
    { path: COMPOSE_FILE, text: renderComposeFile(envFile, integration) },
    { path: ENVIRONMENT_MODULE, text: renderEnvironmentModule(envFile, integration) },
  ];
}

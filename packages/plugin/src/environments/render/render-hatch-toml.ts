import type { EnvFile } from '../env-file';
import { flavorNames } from '../plan-environment';
import { flavorVariableEnv } from '../endpoint-variables';
import { renderedHeader } from './rendered-header';

/** A TOML basic string (JSON's escapes are a subset of TOML's). */
const toml = (text: string) => JSON.stringify(text);

/**
 * hatch.toml for an env.yaml with flavors or services: the matrix `ddev test` runs, one
 * environment per Python and flavor (`py3.13-7.0`), each with DD_ENV_FLAVOR and the flavor's
 * variables as DD_ENV_VAR_<NAME>, the names `nx test` gives them.
 */
export function renderHatchToml(envFile: EnvFile, integration: string, pythons: readonly string[]): string {
  const flavors = flavorNames(envFile);
  const envVars: string[] = [];
  for (const flavor of flavors) {
    const spec = envFile.flavors.find((f) => f.name === flavor);
    const values: [string, string][] = [
      ['DD_ENV_FLAVOR', flavor],
      ...Object.entries(spec?.variables ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]): [string, string] => [flavorVariableEnv(name), value]),
    ];
    for (const [key, value] of values)
      envVars.push(`    { key = ${toml(key)}, value = ${toml(value)}, if = [${toml(flavor)}] },`);
  }
  return [
    renderedHeader('#', integration),
    '# The environments `ddev test` runs: one per flavor of ci/env.yaml, with its variables.',
    '[env.collectors.datadog-checks]',
    '',
    '[[envs.default.matrix]]',
    `python = [${pythons.map(toml).join(', ')}]`,
    `flavor = [${flavors.map(toml).join(', ')}]`,
    '',
    '[envs.default.overrides]',
    'matrix.flavor.env-vars = [',
    ...envVars,
    ']',
    '',
  ].join('\n');
}

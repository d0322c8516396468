import type { TargetConfiguration } from '@nx/devkit';
import { TEST_ENVIRONMENT_TECHNOLOGIES } from './environment-targets';
import { flavorTargetName, type FlavorInfo } from '../../flavors/flavor-targets';
import { buildTestTarget, type TargetContext } from './build-targets';
import { COMPOSE_FILE } from '../../environments/render/render-compose-file';
import { ENVIRONMENT_MODULE } from '../../environments/render/render-environment-module';
import { HATCH_FILE } from '../../environments/render/rendered-environment-files';

const RENDERED_FOR_DDEV = [HATCH_FILE, COMPOSE_FILE, ENVIRONMENT_MODULE];

/**
 * test--<flavor>: one flavor's run (install, before_script, pytest, cleanup), cached on its own.
 * ci/env.yaml is not an input as a file: a runtime input digests the flavor's part of it (its
 * variables, the services, the before_script), so that editing one flavor re-runs that flavor
 * only. What lint renders from ci/env.yaml for ddev (hatch.toml, the compose file, the fixture
 * module) is left out too: it is a function of the file, so it would only make one flavor's edit
 * re-run them all (and lint fails on it when it lags behind). Nothing flavor-specific beyond the
 * name may enter the configuration itself, which Nx hashes into every task of the project.
 */
export function buildFlavorTestTarget(
  context: TargetContext,
  projectRoot: string,
  flavor: FlavorInfo,
): TargetConfiguration {
  const base = buildTestTarget(context);
  if (flavor.source === 'hatch')
    return {
      ...base,
      outputs: [`{workspaceRoot}/dist/{projectRoot}/test/${flavor.name}`],
      options: { flavorTask: flavor.name, flavorSource: 'hatch' },
      metadata: {
        description: `Run the tests in environment ${flavor.name} of hatch.toml's matrix (its variables and env-vars set), as ddev test <project>:${flavor.name} does`,
        technologies: ['python'],
      },
    };
  return {
    ...base,
    inputs: [
      ...(base.inputs ?? []),
      '!{projectRoot}/ci/env.yaml',
      ...RENDERED_FOR_DDEV.map((file) => `!{projectRoot}/${file}`),
      { runtime: flavorDigestCommand(context.pluginRootFromWorkspace, projectRoot, flavor.name) },
    ],
    outputs: [`{workspaceRoot}/dist/{projectRoot}/test/${flavor.name}`],
    options: { flavorTask: flavor.name },
    metadata: {
      description: `Run the tests against flavor ${flavor.name} of ci/env.yaml: install its services, before_script, pytest, cleanup`,
      technologies: [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

/**
 * The runtime input's command. Nx runs it through a shell from the workspace root; paths are
 * relative to it (so the hash is the same on every machine) and quoted.
 */
export function flavorDigestCommand(pluginRootFromWorkspace: string, projectRoot: string, flavor: string): string {
  const script = `${pluginRootFromWorkspace}/src/flavors/flavor-digest-cli.js`;
  return ['node', script, projectRoot, flavor].map((part) => JSON.stringify(part)).join(' ');
}

/**
 * test, for an integration with flavors: runs every test--<flavor> task (Nx schedules them in
 * parallel and caches each); `--unit` and `--flavor` are forwarded to them.
 */
export function buildFlavoredTestTarget(flavors: readonly FlavorInfo[], testTarget: string): TargetConfiguration {
  const from = flavors.some((f) => f.source === 'hatch')
    ? "environment of hatch.toml's matrix"
    : 'flavor of ci/env.yaml';
  return {
    executor: 'nx:noop',
    dependsOn: flavors.map((f) => ({ target: flavorTargetName(f.name, testTarget), params: 'forward' as const })),
    cache: false,
    metadata: {
      description: `Run the tests for every ${from} (${flavors.map((f) => f.name).join(', ')}); one: nx ${testTarget} <project> --flavor=<name>, or nx run <project>:${flavorTargetName('<flavor>', testTarget)}`,
      technologies: flavors.some((f) => f.source === 'hatch') ? ['python'] : [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

import type { TargetConfiguration } from '@nx/devkit';
import { flavorTargetName, type FlavorInfo } from '../../flavors/flavor-targets';
import { buildTestTarget, type TargetContext } from './build-targets';

/**
 * test--<flavor>: one flavor's run (install, before_script, pytest, cleanup), cached on its own.
 * ci/env.yaml is not an input as a file; the flavor's digest (its variables, the services, the
 * before_script) is an option instead, so that editing one flavor re-runs that flavor only.
 */
export function buildFlavorTestTarget(context: TargetContext, flavor: FlavorInfo): TargetConfiguration {
  const base = buildTestTarget(context);
  return {
    ...base,
    inputs: [...(base.inputs ?? []), '!{projectRoot}/ci/env.yaml'],
    outputs: [`{workspaceRoot}/dist/{projectRoot}/test/${flavor.name}`],
    options: { flavorDigest: flavor.digest },
    metadata: {
      description: `Run the tests against flavor ${flavor.name}${flavor.summary ? ` (${flavor.summary})` : ''}: install its services, before_script, pytest, cleanup`,
      technologies: ['python', 'docker'],
    },
  };
}

/**
 * test, for an integration with flavors: runs every test--<flavor> task (Nx schedules them in
 * parallel and caches each); `--unit` and `--flavor` are forwarded to them.
 */
export function buildFlavoredTestTarget(flavors: readonly FlavorInfo[]): TargetConfiguration {
  return {
    executor: 'nx:noop',
    dependsOn: flavors.map((f) => ({ target: flavorTargetName(f.name), params: 'forward' as const })),
    cache: false,
    metadata: {
      description: `Run the tests for every flavor of ci/env.yaml (${flavors.map((f) => f.name).join(', ')}); one flavor: nx run <project>:${flavorTargetName('<flavor>')}`,
      technologies: ['python', 'docker'],
    },
  };
}

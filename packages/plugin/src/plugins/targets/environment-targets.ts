import type { TargetConfiguration } from '@nx/devkit';

const EXECUTOR = (name: string) => `@dd/plugin:${name}`;
/**
 * The technology of the targets that run Docker. Not `docker`: `nx release` takes any project
 * with a `docker` target for a Docker image and hands it to @nx/docker, while an integration is a
 * Python package whose tests use Docker.
 */
export const TEST_ENVIRONMENT_TECHNOLOGIES = ['python'];
const FLAVOR_NOTE = 'Takes --flavor=<name> (default: the default flavor of ci/env.yaml).';

/** install: starts one flavor's services on Docker; never cached (it has effects outside the workspace). */
export function buildInstallTarget(): TargetConfiguration {
  return {
    executor: EXECUTOR('install'),
    cache: false,
    options: {},
    metadata: {
      description: `Start the services of ci/env.yaml on Docker, wait until they are ready and print their endpoints (the guide's install step). ${FLAVOR_NOTE}`,
      technologies: [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

/** before-script: runs ci/env.yaml's before_script (set-up) commands against the installed environment. */
export function buildBeforeScriptTarget(): TargetConfiguration {
  return {
    executor: EXECUTOR('before-script'),
    cache: false,
    options: {},
    metadata: {
      description: `Run the before_script commands of ci/env.yaml against the environment install started (in a service container or on the host). ${FLAVOR_NOTE}`,
      technologies: [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

/** cleanup: removes the environment by its labels; idempotent. */
export function buildCleanupTarget(): TargetConfiguration {
  return {
    executor: EXECUTOR('cleanup'),
    cache: false,
    options: {},
    metadata: {
      description: `Remove every container, network and volume of the environment and sweep environments left by killed runs; safe when nothing runs. ${FLAVOR_NOTE} --all: every flavor.`,
      technologies: [...TEST_ENVIRONMENT_TECHNOLOGIES],
    },
  };
}

import type { EnvFile, ReadyCondition } from '../env-file';
import { flavorVariableEnv } from '../endpoint-variables';
import { defaultFlavorName } from '../read-env-file';
import { ENVIRONMENT_MODULE_BODY, ENVIRONMENT_MODULE_PRELUDE } from './environment-module-code';
import { pythonAssignment, PythonTuple, type PythonValue } from './python-literal';
import { renderedHeader } from './rendered-header';

/** Where the rendered fixture module lives in an integration. */
export const ENVIRONMENT_MODULE = 'tests/environment.py';

/** Every flavor variable with the value it has in the default flavor ('' where that one lacks it). */
export function flavorVariables(envFile: EnvFile): [string, string][] {
  const fallback = envFile.flavors.find((f) => f.name === defaultFlavorName(envFile));
  const names = [...new Set(envFile.flavors.flatMap((f) => Object.keys(f.variables)))].sort();
  return names.map((name) => [name, fallback?.variables[name] ?? '']);
}

function readyArgument(condition: ReadyCondition): PythonValue {
  switch (condition.kind) {
    case 'log':
      return condition.pattern;
    case 'tcp':
      return condition.port;
    case 'http':
      return [condition.port, condition.path];
    case 'command':
      return condition.command;
  }
}

/**
 * tests/environment.py for an env.yaml with services: the `dd_environment` fixture that attaches
 * to the services `nx test` started, or starts them with docker compose under `ddev test`, with
 * ci/env.yaml's readiness conditions, before_script and check instance as data.
 */
export function renderEnvironmentModule(envFile: EnvFile, integration: string): string {
  const variables: Record<string, PythonValue> = {};
  for (const [name, value] of flavorVariables(envFile))
    variables[name] = new PythonTuple([flavorVariableEnv(name), value]);
  const ports: Record<string, PythonValue> = {};
  for (const service of envFile.services) if (service.ports.length > 0) ports[service.name] = [...service.ports];
  const ready = envFile.services.flatMap((service) =>
    service.ready.map(
      (condition) =>
        new PythonTuple([
          service.name,
          condition.kind,
          readyArgument(condition),
          condition.timeoutSeconds,
          condition.line,
        ]),
    ),
  );
  const steps = envFile.beforeScript.map(
    (step) => new PythonTuple([step.service ?? null, [...step.command], step.line]),
  );
  const data = [
    pythonAssignment('INTEGRATION', integration),
    pythonAssignment('DEFAULT_FLAVOR', defaultFlavorName(envFile)),
    '# flavor variable: (environment variable, value in the default flavor)',
    pythonAssignment('VARIABLES', variables),
    '# service: its published container ports',
    pythonAssignment('PORTS', ports),
    pythonAssignment(
      'BUILDS',
      envFile.services.some((service) => service.build !== undefined),
    ),
    '# (service, kind, argument, timeout in seconds, line of ci/env.yaml), waited for in this order',
    pythonAssignment('READY', ready),
    pythonAssignment('RETRIES', Math.max(0, ...envFile.services.map((service) => service.retries))),
    '# (service, or None for the host, command, line of ci/env.yaml), run once the services are ready',
    pythonAssignment('BEFORE_SCRIPT', steps),
    pythonAssignment('INSTANCE', (envFile.check?.instance ?? {}) as PythonValue),
  ];
  return `${renderedHeader('#', integration)}\n${ENVIRONMENT_MODULE_PRELUDE}${data.join('\n')}\n\n\n${ENVIRONMENT_MODULE_BODY}`;
}

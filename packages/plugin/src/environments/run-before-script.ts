import { BeforeScriptError, EnvironmentConfigError } from '../errors/environment-errors';
import { endpointReferences } from './endpoint-variables';
import type { EnvironmentEngine, Log, RunningEnvironment } from './environment-engine';
import { substitute } from './substitute';

/** Runs a before_script step on the host; resolves with its exit code and combined output. */
export type HostRunner = (
  command: readonly string[],
  env: Record<string, string>,
) => Promise<{ exitCode: number; output: string }>;

/**
 * Runs the before_script steps in order, in their service's container or on the host, with the
 * endpoints substituted (`${redis.port.6379}`). The first failing step stops the script and
 * fails with its output.
 */
export async function runBeforeScript(
  running: RunningEnvironment,
  engine: EnvironmentEngine,
  runHost: HostRunner,
  hostEnv: Record<string, string>,
  log: Log,
  envFile = 'ci/env.yaml',
): Promise<number> {
  const refs = { ...running.plan.variables, ...endpointReferences(running.endpoints) };
  for (const step of running.plan.beforeScript) {
    const resolved = step.command.map((arg) => substitute(arg, refs));
    const missing = resolved.flatMap((r) => r.missing);
    if (missing.length > 0) {
      throw new EnvironmentConfigError(
        `${envFile}:${step.line}: before_script refers to ${missing.map((m) => `\${${m}}`).join(', ')}, which this environment does not have.`,
        `available: ${Object.keys(refs)
          .map((r) => `\${${r}}`)
          .join(', ')}`,
      );
    }
    const command = resolved.map((r) => r.value);
    const where = step.service ? `in ${step.service}` : 'on the host';
    log(`before_script ${where}: ${command.join(' ')}`);
    const container = step.service ? running.containers.find((c) => c.service === step.service) : undefined;
    if (step.service && !container)
      throw new EnvironmentConfigError(
        `${envFile}:${step.line}: before_script names service \`${step.service}\`, which is not running.`,
      );
    const result = container ? await engine.exec(container.id, command) : await runHost(command, hostEnv);
    if (result.output.trim()) log(result.output.trimEnd());
    if (result.exitCode !== 0) {
      throw new BeforeScriptError(
        `before_script step at ${envFile}:${step.line} (${where}: ${command.join(' ')}) exited with code ${result.exitCode}.\n${result.output.trimEnd()}`,
        `fix the command in ${envFile}, then run install and before-script again`,
      );
    }
  }
  return running.plan.beforeScript.length;
}

import type { ExecutorContext } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvFile } from '../../adapters/load-env-file';
import { machineEnvironmentService } from '../../adapters/machine-environment-ports';
import { runProcess } from '../../adapters/run-process';
import { checkErrorMessage, renderCollected, type Collected } from '../../check-run/collected';
import { resolveInstance } from '../../check-run/resolve-instance';
import { endpointReferences } from '../../environments/endpoint-variables';
import { resolveFlavor } from '../../environments/resolve-flavor';
import { UserError } from '../../errors/user-error';
import { pluginRoot } from '../../plugin-version';
import { venvPython } from '../../python/virtualenv-plan';
import { resolveProjectPaths, runExecutor, type ProjectPaths } from '../shared/executor-context';
import { findInstance } from './lib/find-instance';
import type { CheckExecutorSchema } from './schema';
import { pythonModuleName } from '../../integration/integration-names';

/**
 * `nx run <integration>:check [--flavor=<f>]`: runs the check once against a live environment and
 * prints the metrics, service checks and events it collected. The environment is always removed.
 */
export default async function checkExecutor(options: CheckExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const python = venvPython(paths.venvDir, process.platform);
    if (!existsSync(python))
      throw new UserError(
        `${paths.projectName} has no Python environment.`,
        `run \`nx run ${paths.projectName}:setup\``,
      );
    const envFile = loadEnvFile(paths.projectRoot, paths.projectName);
    const { instance, from } = findInstance(envFile, paths.projectRoot, paths.projectName);
    if (envFile.services.length === 0) return runCheck(paths, python, resolve(instance, {}, from), 'no services');
    const flavor = resolveFlavor(envFile, paths.projectName, options.flavor);
    const environments = machineEnvironmentService(paths, envFile);
    return environments.withEnvironment({ flavor, keep: false }, async (environment) => {
      await environments.runBeforeScript(environment);
      const running = environment.running!;
      const refs = { ...running.plan.variables, ...endpointReferences(running.endpoints) };
      return runCheck(paths, python, resolve(instance, refs, from), `flavor ${environment.flavor}`);
    });
  });
}

function resolve(
  instance: Record<string, unknown>,
  refs: Record<string, string>,
  from: string,
): Record<string, unknown> {
  const resolved = resolveInstance(instance, refs);
  if (resolved.missing.length > 0) {
    throw new UserError(
      `The check instance (${from}) refers to ${resolved.missing.map((m) => `\${${m}}`).join(', ')}, which the environment does not have.`,
      `use the flavor's variables or \${<service>.host} / \${<service>.port.<container port>} of a service of ci/env.yaml`,
    );
  }
  return resolved.instance;
}

async function runCheck(
  paths: ProjectPaths,
  python: string,
  instance: Record<string, unknown>,
  where: string,
): Promise<boolean> {
  const module = `datadog_checks.${pythonModuleName(paths.projectName)}`;
  const result = await runProcess({
    file: python,
    args: ['-m', 'dd_run_check', module, JSON.stringify(instance)],
    cwd: paths.projectRoot,
    env: { PYTHONPATH: join(pluginRoot(), 'python') },
    timeoutMs: 120_000,
  });
  const json = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.exitCode !== 0 || !json.startsWith('{')) {
    throw new UserError(
      `Running ${module} failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`,
      'fix the error above in the check',
    );
  }
  const collected = JSON.parse(json) as Collected;
  console.log(`\n${collected.check_class} (${where}) with instance ${JSON.stringify(instance)}:\n`);
  console.log(renderCollected(collected));
  return checkErrorMessage(collected) === undefined;
}

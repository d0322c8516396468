import type { ExecutorContext } from '@nx/devkit';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SKIPPED_FILE } from '../../flavors/flavor-targets';
import { join } from 'node:path';
import { loadEnvFile } from '../../adapters/load-env-file';
import { machineEnvironmentService } from '../../adapters/machine-environment-ports';
import { defaultFlavorName } from '../../environments/read-env-file';
import { resolveFlavor } from '../../environments/resolve-flavor';
import { UserError } from '../../errors/user-error';
import { readHatchMatrix, type HatchEnvironment } from '../../python/hatch-matrix';
import { venvPython } from '../../python/virtualenv-plan';
import { resolveProjectPaths, runExecutor, type ProjectPaths } from '../shared/executor-context';
import { planTestRun } from './lib/plan-test-run';
import { withOwnedComposeProject } from './lib/owned-compose-project';
import { runPytest, type PytestRunOptions } from './lib/run-pytest';
import type { TestExecutorSchema } from './schema';

/**
 * `nx test <integration>` (no services) and `nx run <integration>:test--<flavor>`: pytest in the
 * integration's environment, against the flavor's services when it has some, then the metric
 * coverage report. The flavor's environment is removed whatever happens.
 */
export default async function testExecutor(options: TestExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    assertEnvironment(paths);
    const targetFlavor = options.flavorTask === undefined ? undefined : String(options.flavorTask);
    const hatchFlavor = options.flavorSource === 'hatch';
    // a plain `test` target, or an environment of hatch.toml, never reads ci/env.yaml
    const envFile =
      targetFlavor === undefined || hatchFlavor ? undefined : loadEnvFile(paths.projectRoot, paths.projectName);
    const hatch = loadHatchEnvironments(paths.projectRoot, hatchFlavor ? targetFlavor : undefined);
    const plan = planTestRun({
      targetFlavor,
      defaultFlavor: hatchFlavor
        ? hatch.environments[0]?.name
        : envFile === undefined
          ? undefined
          : defaultFlavorName(envFile),
      askedFlavor: options.flavor,
      unit: options.unit ?? false,
      unitInEveryFlavor: hatchFlavor,
    });
    const common = (reportDir: string, label: string, unit: boolean): PytestRunOptions => ({
      reportDir,
      coverageDetail: targetFlavor === undefined ? 'full' : 'line',
      unit,
      label,
      env: {},
      hatchEnv: hatch.env,
      pytestArgs: options.pytestArgs ?? [],
      failOnUncoveredMetrics: options.failOnUncoveredMetrics ?? false,
    });
    const testDir = join(paths.outputRoot, 'test');
    switch (plan.kind) {
      case 'plain':
        // unit tests start no services
        if (plan.unit) return runPytest(paths, common(testDir, paths.projectName, true));
        return withOwnedComposeProject(paths, 'tests', (env) =>
          runPytest(paths, { ...common(testDir, paths.projectName, false), env }),
        );
      case 'skip':
        recordSkip(join(testDir, plan.flavor), plan.reason);
        console.log(`${paths.projectName} (flavor ${plan.flavor}): skipped, ${plan.reason}.`);
        return true;
      case 'unit':
        return runPytest(
          paths,
          common(join(testDir, plan.flavor), `${paths.projectName} (flavor ${plan.flavor}, unit)`, true),
        );
      case 'environment': {
        if (hatchFlavor)
          // ddev test runs the environment's tests with its variables set; what it needs, its fixtures start
          return withOwnedComposeProject(paths, plan.flavor, (env) =>
            runPytest(paths, {
              ...common(join(testDir, plan.flavor), `${paths.projectName} (environment ${plan.flavor})`, false),
              env,
            }),
          );
        // a flavor that fails to start must not leave the previous run's report as its result
        rmSync(join(testDir, plan.flavor), { recursive: true, force: true });
        const flavorFile = envFile!; // read above: an environment plan comes from a test--<flavor> target
        const flavor = resolveFlavor(flavorFile, paths.projectName, plan.flavor);
        const environments = machineEnvironmentService(paths, flavorFile);
        return environments.withEnvironment({ flavor, keep: false }, async (environment) => {
          const steps = await environments.runBeforeScript(environment);
          if (steps > 0) console.log(`before_script: ${steps} step(s) done`);
          const run = common(join(testDir, plan.flavor), `${paths.projectName} (flavor ${plan.flavor})`, false);
          return runPytest(paths, { ...run, env: environment.env });
        });
      }
    }
  });
}

/**
 * hatch.toml's matrix, and the variables of the environment the tests run in: `environment`, a
 * hatch flavor (with HATCH_ENV_ACTIVE, which hatch sets and some fixtures read), else the first.
 * A file hatch cannot use, or an environment the file no longer has, is refused for a hatch flavor.
 */
function loadHatchEnvironments(
  projectRoot: string,
  environment: string | undefined,
): { environments: HatchEnvironment[]; env: Record<string, string> } {
  const file = join(projectRoot, 'hatch.toml');
  const { environments, problems } = readHatchMatrix(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  if (environment === undefined) return { environments, env: environments[0]?.envVars ?? {} };
  if (problems.length > 0)
    throw new UserError(
      `${file}:${problems[0].line}: ${problems[0].message}.`,
      `${problems[0].hint}; \`nx lint\` reports every problem of the file`,
    );
  const chosen = environments.find((e) => e.name === environment);
  if (!chosen)
    throw new UserError(
      `${file} has no environment ${environment} in its matrix (it has ${environments.map((e) => e.name).join(', ')}).`,
      'run `nx test` on the project again: its flavor tasks follow the file',
    );
  return { environments, env: { ...chosen.envVars, HATCH_ENV_ACTIVE: chosen.name } };
}

/** Leaves a skipped flavor's report folder with the reason only, so no stale report is read as its result. */
function recordSkip(reportDir: string, reason: string): void {
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, SKIPPED_FILE), `${reason}\n`);
}

function assertEnvironment(paths: ProjectPaths): void {
  if (!existsSync(venvPython(paths.venvDir, process.platform))) {
    throw new UserError(
      `${paths.projectName} has no Python environment at ${paths.venvDir}.`,
      `run \`nx run ${paths.projectName}:setup\` (nx test runs it first unless --exclude-task-dependencies is given)`,
    );
  }
}

/**
 * `npm test`: makes this machine able to run the suites, then runs them.
 *
 *   npm test                 unit tests, then end-to-end tests
 *   npm test -- unit         unit tests only (no provisioning)
 *   npm test -- e2e [args]   end-to-end tests only; further arguments go to Jest
 *
 * Provisioning: as root on a Debian-like machine with no Docker daemon answering, Debian's
 * `docker.io` (and `debootstrap`) are installed, `dockerd` is started and the Debian base images
 * are built; `DD_TEST_DOCKER=0` opts out. Without docker compose v2, it is built from its Go module
 * into `.dd/tools/` and shown to the tests through DOCKER_CONFIG. uv is installed by the plugin itself, into each test
 * workspace's `.dd/tools`. What cannot be provided leaves out the files that `@requires` it, with
 * one line saying why and how to enable it; under CI=true that is a failure.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runProcess } from '@dd/plugin/src/adapters/run-process';
import { formatUserError, UserError } from '@dd/plugin/src/errors/user-error';
import { DDEV_HOW_TO, findPython313 } from '@dd/plugin-e2e/src/ddev';
import { EXTRAS_HOW_TO, extrasSnapshot } from '@dd/plugin-e2e/src/extras-workspace';
import { provisionCompose } from './provision-compose';
import { provisionDocker } from './provision-docker';
import { renderClosingLine, renderSkipLine, skipFails, type JestTotals, type Skip } from './render-summary';
import { requirementsOf, type Requirement } from './requirements';
import { listTestFiles, runJestStage } from './run-jest';
import { runWorkspaceChecks } from './run-workspace-checks';
import { TOTALS_FILE } from './run-tests-totals';
import { corpusDir, findGo, hasCorpus } from '@dd/plugin/test-requirements';

const repoRoot = resolve(__dirname, '..', '..');
const UNIT_CONFIGS = ['packages/plugin/jest.config.js', 'tools/jest.config.js'];
const E2E_CONFIGS = ['packages/plugin-e2e/jest.config.js'];

function step(title: string): void {
  console.log(`\n== ${title} (${new Date().toISOString().slice(11, 19)})`);
}

type Need = { met: true } | { met: false; reason: string; enable: string; error?: boolean };

async function provisionDockerNeed(env: NodeJS.ProcessEnv): Promise<Need> {
  step('Docker engine and local base images');
  try {
    const plan = await provisionDocker(env, (line) => console.log(`  ${line}`));
    return plan.kind === 'skip' ? { met: false, reason: plan.reason, enable: plan.enable } : { met: true };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`\n${formatUserError(error)}\n`);
    return {
      met: false,
      reason: error.message.split('\n')[0]!,
      enable: error.hint ?? 'see the error above',
      error: true,
    };
  }
}

async function composeNeed(env: NodeJS.ProcessEnv, testEnv: Record<string, string>): Promise<Need> {
  step('docker compose for the tests that start services with it');
  const plan = await provisionCompose(repoRoot, env, (line) => console.log(`  ${line}`));
  if (plan.kind === 'skip') return { met: false, reason: plan.reason, enable: plan.enable };
  console.log(`  ${plan.how}`);
  Object.assign(testEnv, plan.env);
  return { met: true };
}

function extrasNeed(env: NodeJS.ProcessEnv): Need {
  if (extrasSnapshot(env)) return { met: true };
  return { met: false, reason: 'no snapshot of DataDog/integrations-extras', enable: EXTRAS_HOW_TO };
}

function goNeed(env: NodeJS.ProcessEnv): Need {
  if (findGo(env)) return { met: true };
  return {
    met: false,
    reason: 'no Go toolchain to build actionlint, the linter of the generated workflows',
    enable: 'install Go (go on the PATH) or set DD_GO to its go binary',
  };
}

function ddevNeed(env: NodeJS.ProcessEnv): Need {
  if (findPython313(env)) return { met: true };
  return {
    met: false,
    reason: 'no Python 3.13, on which ddev 20.1 (the oracle of Datadog CI) runs',
    enable: DDEV_HOW_TO,
  };
}

function corpusNeed(dir: string): Need {
  if (hasCorpus(dir)) return { met: true };
  return {
    met: false,
    reason: `no validator corpus at ${dir}`,
    enable: 'put the corpus (good/ and bad/) there, or set DD_CORPUS to its folder',
  };
}

/**
 * The quick start installs without devDependencies (`npm ci --omit=dev`); the suites need them
 * (Jest, TypeScript). npm adds what is missing, exactly as the lock file has it.
 */
async function ensureTestTooling(): Promise<void> {
  try {
    require.resolve('jest/bin/jest');
    return;
  } catch {
    step('Test tooling (devDependencies: Jest, TypeScript)');
  }
  const result = await runProcess({
    file: 'npm',
    args: ['install', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'],
    cwd: repoRoot,
    stream: true,
  });
  if (result.exitCode !== 0)
    throw new UserError(
      'npm could not install the test tooling.',
      'run `npm ci` (it installs devDependencies too), then npm test again',
    );
}

async function main(argv: string[]): Promise<number> {
  const env = process.env;
  await ensureTestTooling();
  const ci = !!env.CI && env.CI !== 'false' && env.CI !== '0';
  const stages = argv[0] === 'unit' || argv[0] === 'e2e' ? [argv[0]] : ['unit', 'e2e'];
  const extraArgs = stages.length === 1 ? argv.slice(1) : argv;
  const configs = stages.flatMap((s) => (s === 'unit' ? UNIT_CONFIGS : E2E_CONFIGS));

  const files = await listTestFiles(configs, repoRoot);
  const needed = new Map<Requirement, string[]>();
  for (const file of files) {
    for (const requirement of requirementsOf(readFileSync(file, 'utf8')))
      needed.set(requirement, [...(needed.get(requirement) ?? []), file]);
  }

  const corpus = corpusDir(env);
  const needs = new Map<Requirement, Need>();
  if (needed.has('corpus')) needs.set('corpus', corpusNeed(corpus));
  if (needed.has('extras')) needs.set('extras', extrasNeed(env));
  if (needed.has('go')) needs.set('go', goNeed(env));
  if (needed.has('ddev')) needs.set('ddev', ddevNeed(env));
  if (needed.has('docker')) needs.set('docker', await provisionDockerNeed(env));
  // What the end-to-end tests run with besides this process's environment (DOCKER_CONFIG for compose).
  const testEnv: Record<string, string> = {};
  if (needed.has('compose')) needs.set('compose', await composeNeed(env, testEnv));

  const skips: (Skip & { error: boolean })[] = [];
  for (const [requirement, need] of needs) {
    if (!need.met)
      skips.push({
        requirement,
        reason: need.reason,
        enable: need.enable,
        files: needed.get(requirement)!,
        error: need.error ?? false,
      });
  }
  const ignored = skips.flatMap((s) => s.files);
  const resultDir = join(repoRoot, 'dist', 'test');
  mkdirSync(resultDir, { recursive: true });

  const totals: JestTotals[] = [];
  for (const stage of stages) {
    if (stage === 'unit') {
      step('Format, lint, type-check and unit tests of the workspace (nx)');
      totals.push(
        await runWorkspaceChecks({
          cwd: repoRoot,
          resultDir,
          extraArgs,
          env: { DD_CORPUS: corpus, DD_QUIET_SKIPS: '1' },
        }),
      );
      continue;
    }
    step('End-to-end tests (real workspaces, nx, Python, Docker)');
    totals.push(
      await runJestStage(
        {
          configs: E2E_CONFIGS,
          ignore: ignored,
          extraArgs,
          runInBand: true,
          resultFile: join(resultDir, 'e2e-results.json'),
          env: { DD_CORPUS: corpus, ...testEnv },
        },
        repoRoot,
      ),
    );
  }

  step('Summary');
  for (const skip of skips) {
    console.log(renderSkipLine(skip, ci));
  }
  writeFileSync(join(repoRoot, TOTALS_FILE), JSON.stringify(totals));
  const closing = renderClosingLine(totals);
  console.log(closing);
  const failed = totals.some((t) => t.failed + t.failedSuites > 0) || skips.some((s) => s.error || skipFails(s, ci));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof UserError ? formatUserError(error) : error);
    process.exit(1);
  },
);

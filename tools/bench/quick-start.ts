/**
 * The README's quick start as a newcomer runs it, timed step by step:
 *
 *   node -r @swc-node/register tools/bench/quick-start.ts [--warm-runs N]
 *
 * Each run is a fresh `git clone` of this repository's HEAD into a temporary folder, then
 * `npm ci --omit=dev`, `npx nx g @dd/plugin:integration my_integration` and
 * `npx nx run-many -t lint test -p my_integration`. The first run is as on a fresh machine: empty
 * npm, pip and uv caches (temporary folders) and no uv anywhere, so the plugin installs its own.
 * The warm runs (default 1) reuse those caches, as a second clone on the same machine would. The
 * fresh run also times what `npm test` adds first on such a clone: the devDependencies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seconds } from './timing';

const repoRoot = resolve(__dirname, '..', '..');
const GOAL_MS = 45_000;

function timed(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(file, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  return elapsed;
}

interface Run {
  label: string;
  steps: [string, number][];
}

function quickStart(label: string, caches: string, withTooling = false): Run {
  const clone = mkdtempSync(join(tmpdir(), 'dd-bench-quick-start-'));
  // a machine's environment without any uv the developer may have configured
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_cache: join(caches, 'npm'),
    PIP_CACHE_DIR: join(caches, 'pip'),
    UV_CACHE_DIR: join(caches, 'uv'),
    DD_UV: '',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NX_TUI: 'false',
  };
  try {
    timed('git', ['clone', '--quiet', repoRoot, clone], tmpdir(), env);
    const steps: [string, number][] = [
      [
        'npm ci --omit=dev',
        timed('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], clone, env),
      ],
      [
        'npx nx g @dd/plugin:integration my_integration',
        timed('npx', ['nx', 'g', '@dd/plugin:integration', 'my_integration'], clone, env),
      ],
      [
        'npx nx run-many -t lint test -p my_integration',
        timed('npx', ['nx', 'run-many', '-t', 'lint', 'test', '-p', 'my_integration'], clone, env),
      ],
    ];
    if (withTooling)
      steps.push([
        '(then npm test adds the test tooling: npm install --include=dev)',
        timed('npm', ['install', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'], clone, env),
      ]);
    return { label, steps };
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

function report(run: Run): void {
  const total = run.steps.filter(([step]) => !step.startsWith('(')).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${run.label}`);
  const verdict = total <= GOAL_MS ? 'met' : 'NOT met';
  for (const [step, ms] of run.steps.filter(([s]) => !s.startsWith('(')))
    console.log(`  ${step.padEnd(50)} ${seconds(ms).padStart(9)}`);
  console.log(`  ${'total'.padEnd(50)} ${seconds(total).padStart(9)}  (goal <= ${seconds(GOAL_MS)}: ${verdict})`);
  for (const [step, ms] of run.steps.filter(([s]) => s.startsWith('(')))
    console.log(`  ${step.padEnd(50)} ${seconds(ms).padStart(9)}`);
}

const warmRuns = process.argv.includes('--warm-runs')
  ? Number(process.argv[process.argv.indexOf('--warm-runs') + 1])
  : 1;
const caches = mkdtempSync(join(tmpdir(), 'dd-bench-caches-'));
try {
  console.log(`Quick start on a fresh clone of HEAD (${new Date().toISOString()}, 2 cores)`);
  report(quickStart('fresh machine: empty npm, pip and uv caches, no uv installed', caches, true));
  for (let i = 1; i <= warmRuns; i++) report(quickStart(`warm caches, run ${i}`, caches));
} finally {
  rmSync(caches, { recursive: true, force: true });
}

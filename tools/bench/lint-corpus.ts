/**
 * Lint figures on the real-world corpus (`<repo>/../shared/corpus/good`, 125 integrations),
 * and the same files through Datadog's `ddev validate` when it can be installed from PyPI.
 *
 *   node -r @swc-node/register tools/bench/lint-corpus.ts [runs] [--unbatched]
 *
 * Prints: the lint work of every file rule over the whole corpus in one process (read + parse +
 * rules, median of `runs`, default 7); `nx run-many -t lint` over the corpus copied into a
 * temporary workspace (batch mode, one process for all 125 tasks; ruff included, from the
 * workspace's tool folder, where the first task installs it), and with --unbatched also one process per
 * task (minutes); and `ddev validate
 * metadata` and `ddev validate service-checks` on a copy of the same folders, with the ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyThisWorkspace, repoRoot } from '@dd/plugin-e2e/src/workspace-copy';
import { readIntegrationSource } from '@dd/plugin/src/adapters/read-integration-source';
import { RULES } from '@dd/plugin/src/lint/rules';
import { runRules } from '@dd/plugin/src/lint/run-rules';
import { figure, medianMs, seconds } from './timing';

const corpus = join(repoRoot, '..', 'shared', 'corpus', 'good');

function lintCorpusInProcess(names: string[]): number {
  let diagnostics = 0;
  for (const name of names) diagnostics += runRules(readIntegrationSource(join(corpus, name)), RULES).length;
  return diagnostics;
}

/** A virtualenv with ddev, made once and reused; undefined (with the reason printed) when PyPI has no usable ddev. */
function ddevExecutable(): string | undefined {
  const venv = process.env.DD_BENCH_DDEV_VENV ?? join(tmpdir(), 'dd-bench-ddev-venv');
  const ddev = join(venv, 'bin', 'ddev');
  if (existsSync(ddev)) return ddev;
  const python = process.env.DD_PYTHON ?? 'python3';
  const made = spawnSync(python, ['-m', 'venv', venv], { encoding: 'utf8' });
  const installed =
    made.status === 0
      ? spawnSync(join(venv, 'bin', 'pip'), ['install', '--quiet', 'ddev'], { encoding: 'utf8' })
      : made;
  if (installed.status !== 0 || !existsSync(ddev)) {
    console.log(
      `ddev: not measured, it could not be installed from PyPI (${(installed.stderr || installed.error?.message || '').trim().split('\n').pop()})`,
    );
    return undefined;
  }
  return ddev;
}

/** Times `ddev -x validate <what>` on a git repository holding the corpus folders, offline. */
function timeDdev(ddev: string, names: string[], runs: number): { validator: string; ms: number; summary: string }[] {
  const repo = mkdtempSync(join(tmpdir(), 'dd-bench-ddev-repo-'));
  try {
    for (const name of names) cpSync(join(corpus, name), join(repo, name), { recursive: true });
    const git = (args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'b',
          GIT_AUTHOR_EMAIL: 'b@example.com',
          GIT_COMMITTER_NAME: 'b',
          GIT_COMMITTER_EMAIL: 'b@example.com',
        },
      });
    git(['init', '--quiet']);
    git(['add', '-A']);
    git(['commit', '--quiet', '-m', 'corpus']);
    const config = join(repo, '..', `${repo.split('/').pop()}.toml`);
    // No upgrade check: it would reach the network and time it.
    writeFileSync(config, 'upgrade_check = false\n');
    const env = { ...process.env, DDEV_CONFIG: config, NO_COLOR: '1' };
    return ['metadata', 'service-checks'].map((validator) => {
      let summary = '';
      const { median } = medianMs(runs, () => {
        const r = spawnSync(ddev, ['--no-interactive', '-x', 'validate', validator], {
          cwd: repo,
          env,
          encoding: 'utf8',
        });
        summary = `${r.stdout}${r.stderr}`
          .trim()
          .split('\n')
          .filter((l) => /Passed|Errors|valid files/.test(l))
          .join(', ');
      });
      return { validator, ms: median, summary };
    });
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function main() {
  if (!existsSync(corpus))
    throw new Error(`the corpus is missing: expected ${corpus} (shared/corpus beside the repository)`);
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 7);
  const names = readdirSync(corpus).sort();
  console.log(`Lint of ${names.length} integrations of the real-world corpus (${runs} runs each)\n`);

  const coldStart = performance.now();
  const diagnostics = lintCorpusInProcess(names);
  const cold = performance.now() - coldStart;
  const cpu: number[] = [];
  const warm = medianMs(runs, () => {
    const before = process.cpuUsage();
    lintCorpusInProcess(names);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  });
  console.log(figure('lint work in one process, first pass', cold, 1000));
  console.log(figure('lint work in one process, median', warm.median, 1000));
  // CPU time stays meaningful when other work shares the machine.
  console.log(
    figure(
      'lint work in one process, median CPU time',
      [...cpu].sort((a, b) => a - b)[Math.floor(cpu.length / 2)],
      1000,
    ),
  );
  console.log(
    `  (${RULES.length} rules, ${diagnostics} diagnostics, ${(warm.median / names.length).toFixed(2)} ms per integration)`,
  );

  const ws = copyThisWorkspace('bench-lint');
  let nxBatch = 0;
  try {
    for (const name of names) cpSync(join(corpus, name), join(ws.root, 'integrations', name), { recursive: true });
    ws.commit('corpus');
    const env = { NX_DAEMON: 'false' };
    const args = ['run-many', '-t', 'lint', '--excludeTaskDependencies', '--skip-nx-cache', '--outputStyle=static'];
    ws.nx(['show', 'projects'], env);
    let batched = false;
    nxBatch = medianMs(Math.min(runs, 5), () => {
      batched = ws.nx(args, env).output.includes(`Running ${names.length} tasks with @dd/plugin:lint`);
    }).median;
    console.log(figure(`nx run-many -t lint (batch: ${batched ? 'one process' : 'NOT batched'}), median`, nxBatch));
    if (process.argv.includes('--unbatched')) {
      const unbatched = medianMs(1, () => ws.nx([...args, '--batch=false'], env)).median;
      console.log(figure('nx run-many -t lint --batch=false (one task each)', unbatched));
    }
  } finally {
    ws.dispose();
  }

  const ddev = ddevExecutable();
  if (!ddev) return;
  const version = spawnSync(ddev, ['--version'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  }).stdout.trim();
  const results = timeDdev(ddev, names, Math.min(runs, 3));
  console.log(`\n${version}, offline, same folders:`);
  for (const r of results) console.log(`${figure(`ddev validate ${r.validator}, median`, r.ms)}  [${r.summary}]`);
  const total = results.reduce((sum, r) => sum + r.ms, 0);
  console.log(figure('ddev, both validators', total));
  console.log(
    `\nratio, ddev validate metadata / our lint work (all ${RULES.length} rules): ${(results[0].ms / warm.median).toFixed(0)}x`,
  );
  console.log(`ratio, both ddev validators / our lint work: ${(total / warm.median).toFixed(0)}x`);
  console.log(
    `ratio, both ddev validators / nx run-many -t lint: ${(total / nxBatch).toFixed(1)}x (nx start-up, project graph and task scheduling: ${seconds(nxBatch - warm.median)})`,
  );
}

main();

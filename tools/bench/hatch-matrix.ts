/**
 * An integration of integrations-extras whose hatch.toml has a matrix (rundeck: 5 versions),
 * under `nx test` beside `ddev test`:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> [DD_BENCH_DDEV=<ddev 20.1>] node -r @swc-node/register tools/bench/hatch-matrix.ts [runs] [integration]
 *
 * Prints, in one run on a fresh copy of the snapshot, after one warm-up run of each (the Python
 * environments made: one for nx, one per matrix environment for hatch), medians of `runs` (default 3):
 * - `nx test <integration>`, uncached: one task per environment, in parallel;
 * - `ddev test <integration>`: the environments one after another;
 * - `nx test <integration> --unit` and `ddev test <integration> -- -m unit`, both in every environment;
 * - `nx test <integration>` again, from the cache.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { adoptRepository, EXTRAS_HOW_TO, extrasSnapshot } from '@dd/plugin-e2e/src/extras-workspace';
import { ddevEnv, findDdev } from './lib/find-ddev';
import { medianMs, seconds } from './timing';

const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

function main() {
  const snapshot = extrasSnapshot();
  if (!snapshot) throw new Error(`no integrations-extras snapshot: ${EXTRAS_HOW_TO}`);
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
  const name = args.find((a) => !/^\d+$/.test(a)) ?? 'rundeck';
  const ws = adoptRepository(snapshot, 'hatch');
  try {
    const project = JSON.parse(ws.nxOk(['show', 'project', name, '--json'], QUIET).stdout) as {
      targets: Record<string, unknown>;
    };
    const flavors = Object.keys(project.targets).filter((t) => t.startsWith('test--'));
    console.log(`${name}: ${flavors.length} flavor tasks (${flavors.join(', ')}), ${cpus().length} cores`);
    const nx = (extra: string[]) => {
      const r = ws.nx(['test', name, ...extra, '--outputStyle=static'], QUIET);
      if (r.status !== 0) throw new Error(`nx test ${name} ${extra.join(' ')} failed:\n${r.output.slice(-3000)}`);
    };
    nx(['--skip-nx-cache']);
    const all = medianMs(runs, () => nx(['--skip-nx-cache'])).median;
    const unit = medianMs(runs, () => nx(['--skip-nx-cache', '--unit'])).median;
    nx([]);
    const cached = medianMs(runs, () => nx([])).median;
    console.log(`nx test ${name}, uncached, ${flavors.length} tasks in parallel: ${seconds(all)}`);
    console.log(`nx test ${name} --unit, uncached (every environment, in parallel): ${seconds(unit)}`);
    console.log(`nx test ${name}, from the cache: ${seconds(cached)}`);

    const ddevPath = findDdev(ws);
    if (!ddevPath) return;
    const { env, dispose } = ddevEnv(ws.root, ddevPath);
    try {
      const ddev = (extra: string[]) => {
        const r = spawnSync(ddevPath, ['--no-interactive', 'test', name, ...extra], {
          cwd: ws.root,
          env,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        if (r.status !== 0) throw new Error(`ddev test ${name} failed:\n${`${r.stdout}${r.stderr}`.slice(-3000)}`);
      };
      ddev([]);
      const upstream = medianMs(runs, () => ddev([])).median;
      const upstreamUnit = medianMs(runs, () => ddev(['--', '-m', 'unit'])).median;
      console.log(
        `ddev test ${name}, environments one after another: ${seconds(upstream)} (nx is ${(upstream / all).toFixed(1)}x faster)`,
      );
      console.log(
        `ddev test ${name} -- -m unit (in every environment): ${seconds(upstreamUnit)} (nx --unit is ${(upstreamUnit / unit).toFixed(1)}x faster)`,
      );
    } finally {
      dispose();
    }
  } finally {
    ws.dispose();
  }
}

main();

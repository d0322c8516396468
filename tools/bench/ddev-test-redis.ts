/**
 * The Redis example's one declaration (ci/env.yaml and what lint renders from it) under both
 * runners, in one run (needs a Docker engine, the local base images and docker compose v2):
 *
 *   [DD_BENCH_DDEV=<ddev 20.1>] node -r @swc-node/register tools/bench/ddev-test-redis.ts [runs]
 *
 * In a copy of this workspace, after one warm-up run of each (the Python environments made),
 * taking turns, medians of `runs` (default 3):
 * - `nx test redis`, uncached: the three flavors as parallel Nx tasks, services started by Nx;
 * - `ddev --here test redis` from integrations/: the three hatch environments one after another,
 *   services started by the rendered dd_environment fixture with docker compose;
 * - `nx test redis` again, from the cache;
 * and the containers either left running (none expected).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { copyThisWorkspace } from '@dd/plugin-e2e/src/workspace-copy';
import { ddevEnv, findDdev } from './lib/find-ddev';
import { median, seconds, timed } from './timing';

const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/** Containers of the Redis example, whoever started them. */
function redisContainers(): number {
  const ids = execFileSync('docker', ['ps', '-aq', '--filter', 'label=com.docker.compose.project=redis'], {
    encoding: 'utf8',
  });
  const ours = execFileSync('docker', ['ps', '-aq', '--filter', 'label=dev.dd-plugin.integration=redis'], {
    encoding: 'utf8',
  });
  return `${ids}${ours}`.split('\n').filter(Boolean).length;
}

function main() {
  const runs = Number(process.argv[2] ?? 3);
  const ws = copyThisWorkspace('bench-ddev-redis', ['redis']);
  try {
    ws.commit('redis');
    const ddevPath = findDdev(ws);
    if (!ddevPath) return;
    const { env, dispose } = ddevEnv(ws.root, ddevPath);
    try {
      const nx = (extra: string[]) => ws.nxOk(['test', 'redis', ...extra, '--outputStyle=static'], QUIET);
      const ddev = () => {
        const r = spawnSync(ddevPath, ['--no-interactive', '--here', 'test', 'redis'], {
          cwd: join(ws.root, 'integrations'),
          env,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const output = `${r.stdout}${r.stderr}`;
        if (r.status !== 0 || (output.match(/11 passed/g) ?? []).length !== 3)
          throw new Error(`ddev test redis failed:\n${output.slice(-3000)}`);
      };
      nx(['--skip-nx-cache']);
      ddev();
      const nxTimes: number[] = [];
      const ddevTimes: number[] = [];
      let left = 0;
      for (let i = 0; i < runs; i++) {
        nxTimes.push(timed(() => nx(['--skip-nx-cache'])).ms);
        left += redisContainers();
        ddevTimes.push(timed(ddev).ms);
        left += redisContainers();
      }
      nx([]);
      const cached = median(Array.from({ length: runs }, () => timed(() => nx([])).ms));
      const ours = median(nxTimes);
      const theirs = median(ddevTimes);
      console.log(`\nRedis example, one declaration, ${cpus().length} cores, median of ${runs}:\n`);
      console.log(`nx test redis, uncached, 3 flavors in parallel:         ${seconds(ours)}`);
      console.log(
        `ddev --here test redis, 3 environments one by one:      ${seconds(theirs)} (nx is ${(theirs / ours).toFixed(1)}x faster)`,
      );
      console.log(`nx test redis, from the cache:                          ${seconds(cached)}`);
      console.log(`containers left running after the ${2 * runs} measured runs:       ${left}`);
    } finally {
      dispose();
    }
  } finally {
    ws.dispose();
  }
}

main();

/**
 * Flavored test figures for the Redis example (needs a Docker engine and the local base images).
 *
 *   node -r @swc-node/register tools/bench/flavors-redis.ts
 *
 * In a copy of this workspace: each flavor alone (`nx run redis:test--<flavor>`), then all three
 * at once (`nx test redis --parallel=3`), both without the cache, then a fully cached re-run.
 * Goal: all three in at most 1.5 times the slowest single flavor.
 */
import { copyThisWorkspace } from '@dd/plugin-e2e/src/workspace-copy';
import { figure, medianMs } from './timing';

const FLAVORS = ['6.0', '7.0', '8.0'];

function main() {
  const ws = copyThisWorkspace('bench-flavors', ['redis']);
  try {
    const env = { NX_DAEMON: 'false' };
    ws.commit('redis');
    ws.nxOk(['run', 'redis:setup'], env);
    const single = FLAVORS.map((flavor) => ({
      flavor,
      ms: medianMs(1, () =>
        ws.nxOk(['run', `redis:test--${flavor}`, '--skip-nx-cache', '--exclude-task-dependencies'], env),
      ).median,
    }));
    const all = medianMs(1, () => ws.nxOk(['test', 'redis', '--parallel=3', '--skip-nx-cache'], env)).median;
    const cached = medianMs(3, () => ws.nxOk(['test', 'redis', '--parallel=3'], env)).median;
    const sum = single.reduce((total, s) => total + s.ms, 0);
    const slowest = Math.max(...single.map((s) => s.ms));
    console.log(`\nRedis example, ${require('node:os').cpus().length} cores:\n`);
    for (const s of single) console.log(figure(`flavor ${s.flavor} alone (uncached)`, s.ms));
    console.log(figure('sum of the three single-flavor runs', sum));
    console.log(figure('nx test redis --parallel=3 (uncached)', all, slowest * 1.5));
    console.log(
      `${'ratio to the slowest single flavor'.padEnd(52)} ${(all / slowest).toFixed(2).padStart(7)}x  (goal <= 1.5x)`,
    );
    console.log(figure('nx test redis, fully cached (median of 3)', cached));
  } finally {
    ws.dispose();
  }
}

main();

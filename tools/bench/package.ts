/**
 * Packaging figures on a real temporary workspace with one generated integration (releases:
 * tools/bench/release.ts).
 *
 *   node -r @swc-node/register tools/bench/package.ts [runs]
 *
 * Prints medians of `runs` (default 5): `nx run <name>:package` building for real (uv build of
 * the sdist and the wheel from it, Nx cache skipped) and the same answered from Nx's cache.
 */
import { createTestWorkspace } from '@dd/plugin-e2e/src/test-workspace';
import { figure, medianMs } from './timing';

const runs = Number(process.argv[2] ?? 5);
const ws = createTestWorkspace('bench-package');
try {
  ws.nxOk(['g', '@dd/plugin:integration', 'bench_check']);
  ws.git(['add', '-A']);
  ws.git(['commit', '--quiet', '-m', 'bench_check']);

  ws.nxOk(['run', 'bench_check:package']); // warms uv's cache of build requirements
  const built = medianMs(runs, () => ws.nxOk(['run', 'bench_check:package', '--skip-nx-cache']));
  const cached = medianMs(runs, () => ws.nxOk(['run', 'bench_check:package']));
  console.log(`\nPackaging, median of ${runs} runs (2 cores):`);
  console.log(figure('nx run <name>:package, building (uv build)', built.median));
  console.log(figure('nx run <name>:package, from the Nx cache', cached.median));
  console.log(`build / cache hit: ${(built.median / cached.median).toFixed(1)}x`);
} finally {
  ws.dispose();
}

/**
 * Release figures on real temporary workspaces: `nx release` of one integration and of ten at
 * once, with the plugin's version actions, then `nx release publish` to a local pypiserver.
 *
 *   node -r @swc-node/register tools/bench/release.ts [runs]
 *
 * For each size, `runs` times (default 3): every integration gets a code change and a changelog
 * fragment (committed), then are timed
 *   - `nx release --dry-run --skip-publish`: the plan, every diff and CHANGELOG.md entry printed;
 *   - `nx release --skip-publish`: versions, CHANGELOG.md, commit, tags;
 *   - `nx release publish`: the package of each released integration built (uv build, a new
 *     version each round, so never from the cache) and uploaded, each upload after asking the
 *     index what it has.
 * Medians, with the Nx daemon off as in CI.
 *
 * Last run (2 cores shared with other work, Node 20, Nx 22.7.9, uv 0.13.9, pypiserver 2.3.2, 3 runs):
 *   nx release --dry-run, 1 integration                     0.93 s
 *   nx release --skip-publish, 1 integration                0.94 s
 *   nx release publish (build + upload), 1 integration      5.30 s
 *   release and publish, 1 integration                      6.24 s
 *   nx release --dry-run, 10 integrations                   1.92 s
 *   nx release --skip-publish, 10 integrations              2.10 s
 *   nx release publish (build + upload), 10 integrations   28.84 s
 *   release and publish, 10 integrations                   30.94 s
 * The versioning is about a second either way; publishing is the uv builds (one per
 * integration, about 2.5 s each on this machine, each through `nx run <name>:package`, Nx running
 * publish tasks three at once) and the uploads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPackageIndexServer } from '@dd/plugin-e2e/src/package-index-server';
import { createTestWorkspace, type TestWorkspace } from '@dd/plugin-e2e/src/test-workspace';
import { figure } from './timing';

const runs = Number(process.argv[2] ?? 3);
const SIZES = [1, 10];
const IDENTITY = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** One change and one fragment in each integration, committed. */
function describeChanges(ws: TestWorkspace, names: readonly string[], round: number): void {
  for (const name of names) {
    const root = join(ws.root, 'integrations', name);
    const check = join(root, 'datadog_checks', name, 'check.py');
    writeFileSync(check, `${readFileSync(check, 'utf8')}\n# round ${round}\n`);
    mkdirSync(join(root, 'changelog.d'), { recursive: true });
    writeFileSync(join(root, 'changelog.d', `${100 + round}.fixed`), `Fix round ${round}.\n`);
  }
  ws.git(['add', '-A']);
  ws.git(['commit', '--quiet', '-m', `Round ${round}`]);
}

async function main(): Promise<void> {
  const index = await startPackageIndexServer();
  const lines: string[] = [];
  try {
    for (const size of SIZES) {
      const ws = createTestWorkspace(`bench-release-${size}`);
      try {
        const names = Array.from({ length: size }, (_, i) => `bench_${i + 1}`);
        for (const name of names) ws.nxOk(['g', '@dd/plugin:integration', name]);
        ws.git(['add', '-A']);
        ws.git(['commit', '--quiet', '-m', 'Integrations']);
        // The first release, as generated (0.0.1 and changelog.d/1.added): 0.1.0, tagged.
        ws.nxOk(['release', '--skip-publish'], IDENTITY);
        const env = {
          ...IDENTITY,
          UV_PUBLISH_URL: index.url,
          UV_PUBLISH_USERNAME: index.username,
          UV_PUBLISH_PASSWORD: index.password,
        };
        ws.nxOk(['run-many', '-t', 'package']); // installs the workspace's uv and warms its cache
        const dry: number[] = [];
        const release: number[] = [];
        const publish: number[] = [];
        for (let round = 1; round <= runs; round++) {
          describeChanges(ws, names, round);
          dry.push(ws.nxOk(['release', '--dry-run', '--skip-publish'], env).durationMs);
          release.push(ws.nxOk(['release', '--skip-publish'], env).durationMs);
          publish.push(ws.nxOk(['release', 'publish'], env).durationMs);
        }
        const label = size === 1 ? '1 integration' : `${size} integrations`;
        lines.push(
          figure(`nx release --dry-run, ${label}`, median(dry)),
          figure(`nx release --skip-publish, ${label}`, median(release)),
          figure(`nx release publish (build + upload), ${label}`, median(publish)),
          figure(`release and publish, ${label}`, median(release) + median(publish)),
        );
      } finally {
        ws.dispose();
      }
    }
  } finally {
    await index.stop();
  }
  console.log(`\nReleases through nx release, median of ${runs} runs (no Nx daemon):`);
  for (const line of lines) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

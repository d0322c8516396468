/**
 * The project graph of DataDog/integrations-extras adopted in place, with @dd/plugin's inference
 * cache, without the daemon:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> node -r @swc-node/register tools/bench/inference-cache.ts [--baseline <tgz>]
 *
 * `nx show projects`, median of 5, with plugins isolated (Nx's default) and in process
 * (NX_ISOLATE_PLUGINS=false): Nx alone (the plugin not registered), cold (no workspace data),
 * warm, and after a change to one manifest.json. Then a change that decides targets (an
 * integration's tests/ folder taken away and put back) is shown to be seen on the next run.
 * `--baseline` installs another build of the plugin (say, one without the cache) and measures
 * it cold and warm the same way, for comparison.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  adoptRepository,
  EXTRAS_HOW_TO,
  extrasSnapshot,
  type AdoptedWorkspace,
} from '@dd/plugin-e2e/src/extras-workspace';
import { runOk } from '@dd/plugin-e2e/src/run';
import { packPlugin } from '@dd/plugin-e2e/src/test-workspace';
import { medianMs, seconds } from './timing';

const RUNS = 5;
const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const MODES = { isolated: 'true', 'in process': 'false' } as const;

function showProjects(ws: AdoptedWorkspace, isolate: string): void {
  ws.nxOk(['show', 'projects'], { ...QUIET, NX_ISOLATE_PLUGINS: isolate });
}

const resetWorkspaceData = (ws: AdoptedWorkspace) => () =>
  rmSync(join(ws.root, '.nx'), { recursive: true, force: true });

/** Nx with no plugin of ours: nx.json's plugins emptied for the measure, then restored. */
function nxAlone(ws: AdoptedWorkspace, isolate: string): number {
  const path = join(ws.root, 'nx.json');
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(original), plugins: [] }));
  try {
    showProjects(ws, isolate);
    return medianMs(RUNS, () => showProjects(ws, isolate)).median;
  } finally {
    writeFileSync(path, original);
  }
}

function coldAndWarm(ws: AdoptedWorkspace, isolate: string): { cold: number; warm: number } {
  const cold = medianMs(RUNS, () => showProjects(ws, isolate), resetWorkspaceData(ws)).median;
  showProjects(ws, isolate);
  const warm = medianMs(RUNS, () => showProjects(ws, isolate)).median;
  return { cold, warm };
}

function oneManifestChanged(ws: AdoptedWorkspace, isolate: string, manifest: string): number {
  const path = join(ws.root, manifest);
  const original = readFileSync(path, 'utf8');
  let n = 0;
  try {
    return medianMs(
      RUNS,
      () => showProjects(ws, isolate),
      () => writeFileSync(path, `${original}${' '.repeat(++n)}`),
    ).median;
  } finally {
    writeFileSync(path, original);
  }
}

function testTargets(ws: AdoptedWorkspace, name: string): string[] {
  const project = JSON.parse(ws.nxOk(['show', 'project', name, '--json'], QUIET).stdout) as { targets: object };
  return Object.keys(project.targets).filter((t) => t === 'test' || t.startsWith('test--'));
}

/** A change to what decides a project's targets shows on the next warm run. */
function changeIsSeen(ws: AdoptedWorkspace, name: string): void {
  const tests = join(ws.root, name, 'tests');
  const before = testTargets(ws, name);
  renameSync(tests, `${tests}.away`);
  const without = testTargets(ws, name);
  renameSync(`${tests}.away`, tests);
  const after = testTargets(ws, name);
  const seen = before.length > 0 && without.length === 0 && after.join() === before.join();
  console.log(
    `${name}: test targets ${before.join(', ')}; tests/ taken away: ${without.join(', ') || 'none'}; put back: ${after.join(', ')} (${seen ? 'seen on each next run' : 'NOT SEEN'})`,
  );
  if (!seen) process.exitCode = 1;
}

function installPlugin(ws: AdoptedWorkspace, tarball: string): void {
  runOk('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--loglevel=error', tarball], ws.root);
}

function main(): void {
  const snapshot = extrasSnapshot();
  if (!snapshot) {
    console.log(`inference-cache: skipped: ${EXTRAS_HOW_TO}`);
    return;
  }
  const baselineAt = process.argv.indexOf('--baseline');
  const baseline = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
  const ws = adoptRepository(snapshot, 'inference-cache');
  try {
    const projects = ws.nxOk(['show', 'projects'], QUIET).stdout.split('\n').filter(Boolean).length;
    console.log(`integrations-extras adopted: ${projects} projects; nx show projects, no daemon, median of ${RUNS}`);
    for (const [mode, isolate] of Object.entries(MODES)) {
      const alone = nxAlone(ws, isolate);
      const { cold, warm } = coldAndWarm(ws, isolate);
      const changed = oneManifestChanged(ws, isolate, 'ably/manifest.json');
      console.log(
        `${mode.padEnd(10)}  Nx alone ${seconds(alone)}  cold ${seconds(cold)}  warm ${seconds(warm)}  one manifest changed ${seconds(changed)}  (ours, warm: ${seconds(warm - alone)})`,
      );
    }
    changeIsSeen(ws, 'rundeck');
    if (baseline) {
      installPlugin(ws, baseline);
      for (const [mode, isolate] of Object.entries(MODES)) {
        const { cold, warm } = coldAndWarm(ws, isolate);
        console.log(`${mode.padEnd(10)}  baseline ${baseline}: cold ${seconds(cold)}  warm ${seconds(warm)}`);
      }
      installPlugin(ws, packPlugin());
    }
  } finally {
    ws.dispose();
  }
}

main();

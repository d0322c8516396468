/**
 * DataDog/integrations-extras adopted in place, as the README says, and measured:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> node -r @swc-node/register tools/bench/extras-adoption.ts [--setup] [--unit] [--parallel N]
 *
 * Always: the project graph cold without the daemon (median of 5, with and without isolated
 * plugins), the projects by kind, and `nx show projects --affected` for each of the last 30
 * commits against the folders each commit touched. `--setup`: `nx run-many -t setup` over every
 * Python integration with an empty uv cache, then again (nothing to do), then with the venvs
 * removed and the cache kept; wall times, failures and disk. `--unit`: `nx run-many -t test --unit`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  adoptRepository,
  EXTRAS_HOW_TO,
  extrasSnapshot,
  type AdoptedWorkspace,
} from '@dd/plugin-e2e/src/extras-workspace';
import { graphProjects, type GraphProject } from './lib/graph-projects';
import { medianMs, seconds } from './timing';

const argv = process.argv.slice(2);
const parallel = argv.includes('--parallel') ? Number(argv[argv.indexOf('--parallel') + 1]) : 3;
const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

function graphFigures(ws: AdoptedWorkspace): void {
  const cold = (isolate: string) =>
    medianMs(
      5,
      () => ws.nxOk(['show', 'projects'], { ...QUIET, NX_ISOLATE_PLUGINS: isolate }),
      () => rmSync(join(ws.root, '.nx'), { recursive: true, force: true }),
    );
  const isolated = cold('true');
  const inProcess = cold('false');
  console.log(
    `project graph, cold, no daemon (median of 5): ${seconds(isolated.median)} (Nx's default, plugins isolated), ${seconds(inProcess.median)} (NX_ISOLATE_PLUGINS=false)`,
  );
}

function topFolders(ws: AdoptedWorkspace, commit: string): string[] {
  const files = ws
    .git(['diff', '--name-only', `${commit}^`, commit])
    .stdout.split('\n')
    .filter(Boolean);
  return [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!))];
}

function affectedFigures(ws: AdoptedWorkspace, byRoot: Map<string, string>): void {
  const commits = ws.git(['log', '--format=%H', '-30', '--no-merges', 'HEAD~1']).stdout.split('\n').filter(Boolean);
  let exact = 0;
  const times: number[] = [];
  for (const commit of commits) {
    const expected = topFolders(ws, commit)
      .filter((folder) => byRoot.has(folder))
      .map((folder) => byRoot.get(folder)!)
      .sort();
    const started = performance.now();
    const actual = ws
      .nxOk(['show', 'projects', '--affected', `--base=${commit}^`, `--head=${commit}`], QUIET)
      .stdout.split('\n')
      .filter(Boolean)
      .sort();
    times.push(performance.now() - started);
    if (JSON.stringify(actual) === JSON.stringify(expected)) exact++;
    else
      console.log(
        `  ${commit.slice(0, 9)}: expected ${expected.join(' ') || '(none)'}; nx affected: ${actual.join(' ') || '(none)'}`,
      );
  }
  times.sort((a, b) => a - b);
  console.log(
    `nx show projects --affected on the last ${commits.length} commits: ${exact} name exactly the integration folders they touched; median ${seconds(times[Math.floor(times.length / 2)]!)}`,
  );
}

function failedTasks(output: string): string[] {
  const tail = output.slice(output.lastIndexOf('Failed tasks:'));
  return output.includes('Failed tasks:') ? [...tail.matchAll(/^\s*- (\S+)$/gm)].map((m) => m[1]!) : [];
}

function runMany(
  ws: AdoptedWorkspace,
  args: string[],
  env: Record<string, string>,
): { ms: number; failed: string[]; output: string } {
  const started = performance.now();
  const result = ws.nx(['run-many', ...args, `--parallel=${parallel}`, '--outputStyle=static'], { ...QUIET, ...env });
  const failed = failedTasks(result.output);
  if (result.status !== 0 && failed.length === 0)
    throw new Error(`nx run-many ${args.join(' ')} failed:\n${result.output.slice(-3000)}`);
  return { ms: performance.now() - started, failed, output: result.output };
}

function du(paths: string[]): string {
  paths = paths.filter((p) => existsSync(p));
  if (paths.length === 0) return '0';
  return execFileSync('du', ['-sch', ...paths], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!
    .split('\t')[0]!;
}

function setupFigures(ws: AdoptedWorkspace, python: GraphProject[]): void {
  const cache = mkdtempSync(join(tmpdir(), 'dd-bench-uv-cache-'));
  const env = { UV_CACHE_DIR: cache };
  const projectsArg = `--projects=${python.map((p) => p.name).join(',')}`;
  try {
    const cold = runMany(ws, ['-t', 'setup', projectsArg], env);
    console.log(
      `setup of ${python.length} Python integrations, empty uv cache: ${seconds(cold.ms)}, ${cold.failed.length} failed`,
    );
    for (const task of cold.failed) {
      const project = task.split(':')[0]!;
      const start = cold.output.indexOf(`> nx run ${project}:setup`);
      const reason =
        cold.output
          .slice(start)
          .split('\n')
          .find((l) => /Could not|needs Python|cannot/.test(l)) ?? '(see the output)';
      console.log(`  ${project}: ${reason.trim().slice(0, 300)}`);
    }
    const venvs = python.map((p) => join(ws.root, p.root, '.venv'));
    console.log(
      `disk: the ${python.length} environments ${du(venvs)} (hard links into the uv cache counted once), uv cache ${du([cache])}`,
    );
    const noop = runMany(ws, ['-t', 'setup', projectsArg], env);
    console.log(`setup again, nothing changed: ${seconds(noop.ms)}`);
    for (const venv of venvs) rmSync(venv, { recursive: true, force: true });
    const warm = runMany(ws, ['-t', 'setup', projectsArg], env);
    console.log(
      `setup with the environments removed, uv cache kept: ${seconds(warm.ms)}, ${warm.failed.length} failed`,
    );
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function unitFigures(ws: AdoptedWorkspace, python: GraphProject[]): void {
  const withTests = python.filter((p) => p.tags.includes('kind:python'));
  const run = runMany(ws, ['-t', 'test', `--projects=${withTests.map((p) => p.name).join(',')}`, '--unit'], {});
  console.log(
    `nx run-many -t test --unit: ${seconds(run.ms)}, ${run.failed.length} failed: ${run.failed.join(' ') || '(none)'}`,
  );
}

const snapshot = extrasSnapshot();
if (!snapshot) {
  console.log(`skipped: no integrations-extras snapshot; ${EXTRAS_HOW_TO}`);
  process.exit(0);
}
const started = performance.now();
const ws = adoptRepository(snapshot, 'extras');
try {
  console.log(
    `integrations-extras (${ws.git(['log', '-2', '--format=%h %cs']).stdout.trim().split('\n')[1]}) adopted in ${seconds(performance.now() - started)}: npm install of the packed plugin, nx g @dd/plugin:init`,
  );
  const all = graphProjects(ws, QUIET);
  const python = all.filter((p) => p.tags.includes('kind:python'));
  console.log(
    `projects: ${all.length} (${python.length} Python integrations, ${all.filter((p) => p.tags.includes('kind:tile')).length} tile-only)`,
  );
  graphFigures(ws);
  affectedFigures(ws, new Map(all.map((p) => [p.root, p.name])));
  if (argv.includes('--setup')) setupFigures(ws, python);
  if (argv.includes('--unit')) unitFigures(ws, python);
} finally {
  ws.dispose();
}

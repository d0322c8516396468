/**
 * `nx g @dd/plugin:integration` beside `ddev create`, for every kind, in one run:
 *
 *   node -r @swc-node/register tools/bench/generate-kinds.ts [--runs N]
 *
 * A workspace laid out as integrations-extras (integrations at the root, its CODEOWNERS and
 * test-all.yml, adopted with init) gets each kind from both tools, one at a time; each is timed
 * (median of N runs, default 3: the whole process, as a user waits for it) and then judged by
 * ddev 20.1's validators (those of integrations-extras' validate.yml, and dashboards and
 * service-checks), as generated, with nothing edited. ddev is DD_BENCH_DDEV, or installed on
 * Python 3.13 into the workspace.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ddevConfigEnv,
  DDEV_VALIDATORS,
  EXTRAS_CI_FILES,
  findPython313,
  installDdev,
  REPOSITORY_WIDE_VALIDATORS,
  type Ddev,
} from '@dd/plugin-e2e/src/ddev';
import { createTestWorkspace, type TestWorkspace } from '@dd/plugin-e2e/src/test-workspace';
import { medianMs, seconds } from './timing';

const KINDS = ['check', 'jmx', 'logs', 'event', 'metrics-crawler'];
function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function ok(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string): string {
  const result = spawnSync(file, args, { cwd, env: { ...process.env, ...env }, input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')}:\n${result.stdout}${result.stderr}`.slice(-3000));
  return result.stdout;
}

/** Puts the workspace back as committed: the CI files, and no integration of the bench. */
function reset(ws: TestWorkspace, name: string): void {
  ws.git(['checkout', '--', '.github']);
  rmSync(join(ws.root, name), { recursive: true, force: true });
}

function findDdev(ws: TestWorkspace): Ddev | undefined {
  if (process.env.DD_BENCH_DDEV)
    return { bin: process.env.DD_BENCH_DDEV, env: ddevConfigEnv(join(ws.root, '.dd', 'ddev-config'), ws.root) };
  const python = findPython313();
  return python ? installDdev(ws.root, ws.root, python) : undefined;
}

/** The validators ddev passes on an integration, in the repository as it is now. */
function verdicts(ddev: Ddev, ws: TestWorkspace, name: string): Record<string, boolean> {
  return Object.fromEntries(
    DDEV_VALIDATORS.map((validator) => {
      const args = ['-e', 'validate', validator, ...(REPOSITORY_WIDE_VALIDATORS.has(validator) ? [] : [name])];
      const result = spawnSync(ddev.bin, args, {
        cwd: ws.root,
        env: { ...process.env, ...ddev.env },
        encoding: 'utf8',
      });
      return [validator, result.status === 0];
    }),
  );
}

function main(): void {
  const runs = argument('runs', 3);
  const ws = createTestWorkspace('bench-kinds', {
    integrationsAtRoot: true,
    files: EXTRAS_CI_FILES,
  });
  try {
    const ddev = findDdev(ws);
    if (!ddev) console.log('ddev: not measured (no Python 3.13; set DD_BENCH_DDEV to a ddev 20.1)');
    const nx = join(ws.root, 'node_modules', '.bin', 'nx');
    const env = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
    const rows: string[] = [];
    const table: string[] = [];
    for (const kind of KINDS) {
      const name = `bench_${kind.replace('-', '_')}`;
      const ours = medianMs(
        runs,
        () => ok(nx, ['g', '@dd/plugin:integration', name, `--kind=${kind}`, '--no-interactive'], ws.root, env),
        () => reset(ws, name),
      );
      const oursVerdicts = ddev ? verdicts(ddev, ws, name) : undefined;
      reset(ws, name);
      let theirs: number | undefined;
      let theirVerdicts: Record<string, boolean> | undefined;
      if (ddev) {
        theirs = medianMs(
          runs,
          () => ok(ddev.bin, ['-e', 'create', kind, name, '--location', ws.root], ws.root, ddev.env, 'y\n'),
          () => reset(ws, name),
        ).median;
        theirVerdicts = verdicts(ddev, ws, name);
        reset(ws, name);
      }
      rows.push(
        `| ${kind} | ${seconds(ours.median)} | ${theirs === undefined ? 'not measured' : seconds(theirs)} | ${theirs === undefined ? '' : (theirs / ours.median).toFixed(2)} |`,
      );
      if (oursVerdicts && theirVerdicts) {
        const failedOurs = DDEV_VALIDATORS.filter((v) => !oursVerdicts[v]);
        const failedTheirs = DDEV_VALIDATORS.filter((v) => !theirVerdicts[v]);
        table.push(
          `| ${kind} | ${DDEV_VALIDATORS.length - failedOurs.length}/${DDEV_VALIDATORS.length}${failedOurs.length ? ` (fails ${failedOurs.join(', ')})` : ''} | ${DDEV_VALIDATORS.length - failedTheirs.length}/${DDEV_VALIDATORS.length}${failedTheirs.length ? ` (fails ${failedTheirs.join(', ')})` : ''} |`,
        );
      }
    }
    console.log(`\nGenerating each kind (median of ${runs}, whole process):\n`);
    console.log('| kind | nx g @dd/plugin:integration | ddev create | ddev / nx |\n| --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    if (table.length > 0) {
      console.log(`\nddev 20.1's validators (${DDEV_VALIDATORS.join(', ')}) on each, as generated:\n`);
      console.log('| kind | nx g passes | ddev create passes |\n| --- | --- | --- |');
      for (const row of table) console.log(row);
    }
  } finally {
    ws.dispose();
  }
}

main();

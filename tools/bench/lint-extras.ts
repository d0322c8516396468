/**
 * `nx lint` on DataDog/integrations-extras adopted as it is, beside Datadog's own CI commands:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> node -r @swc-node/register tools/bench/lint-extras.ts [runs]
 *
 * Prints, measured in the same run on one fresh copy of the snapshot (no virtualenvs):
 * - `nx run-many -t lint` over every integration, with ruff, uncached (median of `runs`, default 3),
 *   after one task has installed the pinned ruff (its own figure);
 * - the rule engine in one process over every integration (median of 7), and the raw
 *   read-and-parse floor (every file read, JSON, YAML and CSV parsed), with the ratio;
 * - ruff as `ddev test --lint` runs it (`ruff format --diff --check` and `ruff check` with ddev's
 *   settings file, in each integration's folder), sequentially;
 * - `ddev validate all all` (every per-integration validation on every integration) when ddev can be found (DD_BENCH_DDEV, or installed with uv on Python 3.13);
 * - the verdicts: integrations we fail and upstream passes (each with its rules), and the reverse.
 *   Upstream's verdict is every per-integration validation that fails, plus ruff; those the
 *   repository's validate workflow does not turn on are marked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import {
  adoptRepository,
  EXTRAS_HOW_TO,
  extrasSnapshot,
  type AdoptedWorkspace,
} from '@dd/plugin-e2e/src/extras-workspace';
import { readIntegrationSource } from '@dd/plugin/src/adapters/read-integration-source';
import { RULES } from '@dd/plugin/src/lint/rules';
import { runRules } from '@dd/plugin/src/lint/run-rules';
import { RUFF_VERSION } from '@dd/plugin/src/tools/ruff-tool';
import {
  ciValidations,
  compareVerdicts,
  parseValidateAll,
  upstreamRuffSettings,
  type Verdicts,
} from './lib/upstream-verdicts';
import { graphProjects, type GraphProject } from './lib/graph-projects';
import { medianMs, seconds } from './timing';

/** `ddev validate all` checks that judge the repository, not one integration. */
const REPOSITORY_WIDE = ['agent-reqs', 'dep', 'licenses', 'labeler', 'pr-description', 'qa-label', 'version', 'ci'];

const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'true' };

/** The projects whose lint task failed, from Nx's closing list. */
function failedLint(output: string): Set<string> {
  return new Set([...output.matchAll(/^\s*-\s+(\S+):lint\b/gm)].map((m) => m[1]));
}

function timeNxLint(ws: AdoptedWorkspace, runs: number): { median: number; failed: Set<string> } {
  let failed = new Set<string>();
  const { median } = medianMs(runs, () => {
    const r = ws.nx(['run-many', '-t', 'lint', '--skip-nx-cache', '--outputStyle=static'], QUIET);
    failed = failedLint(`${r.stdout}\n${r.stderr}`);
  });
  return { median, failed };
}

/** Every file rule in this process, and the floor: the same files read and parsed, nothing checked. */
function engineFigures(root: string, list: GraphProject[]): { engine: number; floor: number; verdicts: Verdicts } {
  const verdicts: Verdicts = new Map();
  const engine = medianMs(7, () => {
    for (const p of list) {
      const errors = runRules(readIntegrationSource(join(root, p.root)), RULES).filter((d) => d.severity === 'error');
      verdicts.set(p.name, [...new Set(errors.map((d) => d.ruleId))]);
    }
  }).median;
  const floor = medianMs(7, () => {
    for (const p of list) {
      const source = readIntegrationSource(join(root, p.root));
      for (const [path, text] of Object.entries(source.files)) {
        try {
          if (path.endsWith('.json')) JSON.parse(text);
          else if (path.endsWith('.yaml')) parseDocument(text);
          else if (path.endsWith('.csv')) text.split('\n').map((line) => line.split(','));
        } catch {
          // a malformed file costs what it costs: the floor only times the parse
        }
      }
    }
  }).median;
  return { engine, floor, verdicts };
}

/** ruff exactly as ddev's lint environment runs it, one integration at a time. */
function upstreamRuff(root: string, ruff: string, python: GraphProject[]): { ms: number; verdicts: Verdicts } {
  const verdicts: Verdicts = new Map();
  const started = performance.now();
  for (const p of python) {
    const dir = join(root, p.root);
    const pyproject = existsSync(join(dir, 'pyproject.toml'))
      ? readFileSync(join(dir, 'pyproject.toml'), 'utf8')
      : undefined;
    const settings =
      upstreamRuffSettings(pyproject) === 'own' ? join(dir, 'pyproject.toml') : join(dir, '..', 'pyproject.toml');
    const format = spawnSync(ruff, ['format', '--diff', '--check', '--config', settings, '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const check = spawnSync(ruff, ['check', '--output-format=concise', '--config', settings, '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const reasons = [
      ...(format.status !== 0 ? ['ruff format'] : []),
      ...new Set([...check.stdout.matchAll(/:\d+:\d+: ([A-Z]+\d+)/g)].map((m) => `ruff ${m[1]}`)),
      ...(check.status !== 0 && !/:\d+:\d+: [A-Z]/.test(check.stdout) ? ['ruff check failed'] : []),
    ];
    verdicts.set(p.name, reasons);
  }
  return { ms: performance.now() - started, verdicts };
}

/** ddev 20 from DD_BENCH_DDEV, or a virtualenv made with uv on Python 3.13 (kept for the next run). */
function findDdev(ws: AdoptedWorkspace): string | undefined {
  if (process.env.DD_BENCH_DDEV) return process.env.DD_BENCH_DDEV;
  const venv = join(tmpdir(), 'dd-bench-ddev-313');
  const ddev = join(venv, 'bin', 'ddev');
  if (existsSync(ddev)) return ddev;
  const tools = join(ws.root, '.dd', 'tools');
  const uv = existsSync(tools)
    ? readdirSync(tools)
        .filter((d) => d.startsWith('uv-'))
        .map((d) => join(tools, d, 'bin', 'uv'))
        .find(existsSync)
    : undefined;
  const made = spawnSync(uv ?? 'uv', ['venv', '--quiet', '-p', '3.13', venv], { encoding: 'utf8' });
  const installed =
    made.status === 0
      ? spawnSync(uv ?? 'uv', ['pip', 'install', '--quiet', '--python', join(venv, 'bin', 'python'), 'ddev'], {
          encoding: 'utf8',
        })
      : made;
  if (installed.status !== 0 || !existsSync(ddev)) {
    console.log(
      `ddev: not measured (${`${installed.stderr ?? ''}${installed.error?.message ?? ''}`.trim().split('\n').pop() || 'no uv or no Python 3.13'})`,
    );
    return undefined;
  }
  return ddev;
}

function upstreamValidations(
  ws: AdoptedWorkspace,
  ddev: string,
  names: string[],
): { ms: number; verdicts: Verdicts; version: string } {
  const config = join(tmpdir(), `dd-bench-ddev-${process.pid}.toml`);
  writeFileSync(config, `repo = "extras"\nupgrade_check = false\n\n[repos]\nextras = "${ws.root}"\n`);
  const env = {
    ...process.env,
    DDEV_CONFIG: config,
    NO_COLOR: '1',
    COLUMNS: '400',
    PATH: `${join(ddev, '..')}:${process.env.PATH}`,
  };
  try {
    const version = execFileSync(ddev, ['--version'], { env, encoding: 'utf8' }).trim();
    const started = performance.now();
    const r = spawnSync(ddev, ['--no-interactive', 'validate', 'all', 'all'], {
      cwd: ws.root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    const workflow = join(ws.root, '.github', 'workflows', 'validate.yml');
    const selected = existsSync(workflow) ? ciValidations(readFileSync(workflow, 'utf8')) : [];
    const failed = parseValidateAll(`${r.stdout}\n${r.stderr}`, names);
    console.log(
      `ddev validate all failed: ${[...failed.keys()].join(', ') || 'none'}; the repository's CI runs: ${selected.join(', ')}`,
    );
    const verdicts: Verdicts = new Map(names.map((n) => [n, [] as string[]]));
    // Every per-integration validation counts (a pull request runs them on what it changes); the
    // repository-wide ones (dependency pins, licenses, labels) judge no single integration.
    for (const [validation, which] of failed) {
      if (REPOSITORY_WIDE.includes(validation)) continue;
      for (const n of which)
        verdicts.get(n)!.push(`ddev validate ${validation}${selected.includes(validation) ? '' : ' (not in its CI)'}`);
    }
    return { ms, verdicts, version };
  } finally {
    rmSync(config, { force: true });
  }
}

function merge(...all: Verdicts[]): Verdicts {
  const out: Verdicts = new Map();
  for (const v of all) for (const [name, reasons] of v) out.set(name, [...(out.get(name) ?? []), ...reasons]);
  return out;
}

function main() {
  const snapshot = extrasSnapshot();
  if (!snapshot) throw new Error(`no integrations-extras snapshot: ${EXTRAS_HOW_TO}`);
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
  const ws = adoptRepository(snapshot, 'lint');
  try {
    const list = graphProjects(ws, QUIET).filter((p) => p.tags.some((t) => t.startsWith('kind:')));
    const python = list.filter((p) => p.tags.includes('kind:python'));
    console.log(
      `integrations-extras ${ws.git(['rev-parse', '--short', 'HEAD~1']).stdout.trim()}: ${list.length} integrations (${python.length} with Python), ${require('node:os').cpus().length} cores\n`,
    );

    const install = performance.now();
    ws.nx(['lint', python[0].name, '--skip-nx-cache'], QUIET);
    console.log(
      `first lint task, installing ruff ${RUFF_VERSION} into .dd/tools: ${seconds(performance.now() - install)}`,
    );
    const nx = timeNxLint(ws, runs);
    console.log(
      `nx run-many -t lint, ${list.length} integrations, ruff included, uncached (median of ${runs}): ${seconds(nx.median)}  (goal <= 10 s on 2 cores)`,
    );

    const { engine, floor, verdicts: fileVerdicts } = engineFigures(ws.root, list);
    console.log(
      `rule engine in one process (median of 7): ${seconds(engine)}; read-and-parse floor: ${seconds(floor)}; ratio ${(engine / floor).toFixed(1)}x`,
    );

    const ruff = join(ws.root, '.dd', 'tools', `ruff-${RUFF_VERSION}`, 'bin', 'ruff');
    const upstreamPython = upstreamRuff(ws.root, ruff, python);
    console.log(
      `ruff as ddev runs it (format --diff --check, then check; per integration, sequential): ${seconds(upstreamPython.ms)}`,
    );

    const ddev = findDdev(ws);
    const upstreamFiles = ddev
      ? upstreamValidations(
          ws,
          ddev,
          list.map((p) => p.name),
        )
      : undefined;
    if (upstreamFiles) {
      console.log(
        `${upstreamFiles.version}: ddev validate all all: ${seconds(upstreamFiles.ms)}; ratio to nx lint: ${(upstreamFiles.ms / nx.median).toFixed(1)}x`,
      );
    }

    // Our verdict is the Nx task's; its reasons are the in-process rules' errors, else what the
    // executor adds: ruff's findings and the example rendered from spec.yaml.
    const ours: Verdicts = new Map(
      list.map((p) => [
        p.name,
        nx.failed.has(p.name)
          ? fileVerdicts.get(p.name)?.length
            ? fileVerdicts.get(p.name)!
            : ['python/* or conf/spec-drift (ruff and the rendered example run in the executor)']
          : [],
      ]),
    );
    const unexplained = list
      .filter((p) => !nx.failed.has(p.name) && fileVerdicts.get(p.name)?.length)
      .map((p) => p.name);
    console.log(
      `\nnx lint failed ${nx.failed.size} integrations${unexplained.length ? `; passed despite file-rule errors: ${unexplained.join(', ')}` : ''}`,
    );
    if (!upstreamFiles) return;
    const comparison = compareVerdicts(ours, merge(upstreamFiles.verdicts, upstreamPython.verdicts));
    console.log(
      `verdicts: ${comparison.agree.length} fail both; ${comparison.oursOnly.length} fail only here; ${comparison.upstreamOnly.length} fail only upstream`,
    );
    console.log(`fail both: ${comparison.agree.map((n) => `${n} (${ours.get(n)!.join(', ')})`).join('; ')}`);
    console.log('\nfail here, pass upstream (each must be a beyond-upstream rule):');
    for (const { name, reasons } of comparison.oursOnly) console.log(`  ${name.padEnd(36)} ${reasons.join(', ')}`);
    console.log('\nfail upstream, pass here:');
    for (const { name, reasons } of comparison.upstreamOnly)
      console.log(`  ${name.padEnd(36)} ${[...new Set(reasons)].join(', ')}`);
  } finally {
    ws.dispose();
  }
}

main();

/**
 * `nx lint` on DataDog/integrations-extras adopted as it is, beside the validators its own CI runs:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> [DD_BENCH_DDEV=<ddev 20.1>] node -r @swc-node/register tools/bench/lint-extras.ts [runs]
 *
 * Prints, measured in the same run on one fresh copy of the snapshot (no virtualenvs):
 * - the first lint run, which installs the pinned tools (ruff, datadog-checks-dev, the model generator);
 * - side by side, taking turns for `runs` rounds (default 3), medians: `nx run-many -t lint` over
 *   every integration, uncached, ruff, examples and models included; and each `ddev validate <v>`
 *   that the repository's validate workflow turns on, one after another, as its CI runs them;
 * - per validator: the integrations ddev fails and those lint's rules of that validator fail;
 *   then the verdicts of the whole run: red only here, red only upstream;
 * - `nx affected -t lint` for a change in one integration, and the cached re-run of the whole;
 * - the rule engine in one process and the read-and-parse floor, with their ratio;
 * - ruff as `ddev test --lint` runs it (a separate CI job, not a validator), for scale;
 * - the warnings by rule (beyond-upstream findings and validators the CI leaves off).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import {
  adoptRepository,
  EXTRAS_HOW_TO,
  extrasSnapshot,
  type AdoptedWorkspace,
} from '@dd/plugin-e2e/src/extras-workspace';
import { readIntegrationSource } from '@dd/plugin/src/adapters/read-integration-source';
import { readRepositoryFiles } from '@dd/plugin/src/adapters/read-repository-files';
import type { Diagnostic } from '@dd/plugin/src/diagnostics/diagnostic';
import { collectConfigRenders } from '@dd/plugin/src/executors/lint/lib/config-renders';
import { readWorkspaceSelection } from '@dd/plugin/src/executors/lint/lib/choose-lint-policy';
import type { IntegrationSource } from '@dd/plugin/src/lint/integration-source';
import type { LintPolicy } from '@dd/plugin/src/lint/policy/lint-policy';
import { RULES } from '@dd/plugin/src/lint/rules';
import { runRules } from '@dd/plugin/src/lint/run-rules';
import { RUFF_VERSION } from '@dd/plugin/src/tools/ruff-tool';
import { compareVerdicts, failingIntegrations, upstreamRuffSettings, type Verdicts } from './lib/upstream-verdicts';
import { findDdev, ddevEnv } from './lib/find-ddev';
import { graphProjects, type GraphProject } from './lib/graph-projects';
import { median, seconds, timed } from './timing';

const QUIET = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/** The projects whose lint task failed, from Nx's closing list. */
function failedLint(output: string): Set<string> {
  return new Set([...output.matchAll(/^\s*-\s+(\S+):lint\b/gm)].map((m) => m[1]));
}

/** Runs `ddev validate <validator>` over the whole repository, as its CI job does. */
function ddevRunner(ws: AdoptedWorkspace, ddev: string) {
  const { env, dispose } = ddevEnv(ws.root, ddev);
  return {
    version: spawnSync(ddev, ['--version'], { env, encoding: 'utf8' }).stdout.trim(),
    validate: (validator: string) =>
      spawnSync(ddev, ['--no-interactive', 'validate', validator], {
        cwd: ws.root,
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    dispose,
  };
}

/** The validator that makes a rule an error, by rule id. */
const VALIDATOR_OF = new Map(
  RULES.flatMap((r) => (r.policy.provenance === 'upstream' ? [[r.id, r.policy.validator] as const] : [])),
);

/**
 * Every file rule on every integration in this process, as the executor runs them (the examples
 * and models rendered first, the repository's CODEOWNERS read once); ruff is left out.
 */
async function lintInProcess(
  root: string,
  list: readonly GraphProject[],
  policy: LintPolicy,
): Promise<Map<string, Diagnostic[]>> {
  const roots = list.map((p) => join(root, p.root));
  const rendered = await collectConfigRenders(roots, { workspaceRoot: root, log: () => undefined });
  const repository = readRepositoryFiles(root);
  return new Map(
    list.map((p, i) => {
      const source: IntegrationSource = {
        ...readIntegrationSource(roots[i]),
        repository: { projectPath: p.root, ...repository },
        renderedConfig: rendered.get(roots[i]),
      };
      return [p.name, runRules(source, RULES, policy)];
    }),
  );
}

/** The read-and-parse floor: every file the rules read, read and parsed (JSON, YAML, CSV), nothing checked. */
function readAndParse(root: string, list: readonly GraphProject[]): void {
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
}

/** ruff exactly as ddev's lint environment runs it, one integration at a time; the integrations it fails. */
function upstreamRuff(root: string, ruff: string, python: readonly GraphProject[]): { ms: number; failed: string[] } {
  const failed: string[] = [];
  const { ms } = timed(() => {
    for (const p of python) {
      const dir = join(root, p.root);
      const pyproject = existsSync(join(dir, 'pyproject.toml'))
        ? readFileSync(join(dir, 'pyproject.toml'), 'utf8')
        : undefined;
      const settings =
        upstreamRuffSettings(pyproject) === 'own' ? join(dir, 'pyproject.toml') : join(dir, '..', 'pyproject.toml');
      const format = spawnSync(ruff, ['format', '--diff', '--check', '--config', settings, '.'], { cwd: dir });
      const check = spawnSync(ruff, ['check', '--config', settings, '.'], { cwd: dir });
      if (format.status !== 0 || check.status !== 0) failed.push(p.name);
    }
  });
  return { ms, failed };
}

const names = (set: Iterable<string>, most = Infinity) => {
  const all = [...set].sort();
  const shown = all.slice(0, most).join(' ') || '-';
  return all.length > most ? `${shown} ... (${all.length - most} more)` : shown;
};

async function main() {
  const snapshot = extrasSnapshot();
  if (!snapshot) throw new Error(`no integrations-extras snapshot: ${EXTRAS_HOW_TO}`);
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
  const ws = adoptRepository(snapshot, 'lint');
  try {
    const list = graphProjects(ws, QUIET).filter((p) => p.tags.some((t) => t.startsWith('kind:')));
    const python = list.filter((p) => p.tags.includes('kind:python'));
    const known = new Set(list.map((p) => p.name));
    const selection = readWorkspaceSelection(ws.root);
    console.log(
      `integrations-extras ${ws.git(['rev-parse', '--short', 'HEAD~1']).stdout.trim()}: ${list.length} integrations (${python.length} with Python), ${cpus().length} cores`,
    );
    console.log(`the CI's validators (${selection.source}): ${selection.validators.join(', ')}\n`);

    const lintAll = (extra: string[] = ['--skip-nx-cache']) =>
      ws.nx(['run-many', '-t', 'lint', ...extra, '--outputStyle=static'], QUIET);
    const install = timed(() => lintAll());
    console.log(
      `first nx run-many -t lint, installing ruff, datadog-checks-dev and the model generator into .dd/tools: ${seconds(install.ms)}`,
    );

    const ddevPath = findDdev(ws);
    const ddev = ddevPath ? ddevRunner(ws, ddevPath) : undefined;
    const nxTimes: number[] = [];
    const ddevTimes = new Map<string, number[]>(selection.validators.map((v) => [v, []]));
    const ddevSums: number[] = [];
    let nxFailed = new Set<string>();
    const ddevFailed = new Map<string, Set<string>>();
    for (let round = 0; round < runs; round++) {
      const nx = timed(() => lintAll());
      nxTimes.push(nx.ms);
      nxFailed = failedLint(`${nx.value.stdout}\n${nx.value.stderr}`);
      if (!ddev) continue;
      let sum = 0;
      for (const validator of selection.validators) {
        const run = timed(() => ddev.validate(validator));
        ddevTimes.get(validator)!.push(run.ms);
        sum += run.ms;
        const out = `${run.value.stdout}\n${run.value.stderr}`.split('\n');
        ddevFailed.set(validator, run.value.status === 0 ? new Set() : failingIntegrations(out, known));
      }
      ddevSums.push(sum);
    }
    const nxMedian = median(nxTimes);
    console.log(
      `\nside by side, ${runs} rounds taking turns (medians):\n  nx run-many -t lint, ${list.length} integrations, uncached, ruff, examples and models included: ${seconds(nxMedian)}`,
    );

    const policy: LintPolicy = { validators: new Set(selection.validators), strict: false };
    const engine = await lintInProcess(ws.root, list, policy);
    const byValidator = new Map<string, Set<string>>();
    const warnings = new Map<string, Set<string>>();
    for (const [name, diagnostics] of engine) {
      for (const d of diagnostics) {
        if (d.severity === 'warning') warnings.set(d.ruleId, (warnings.get(d.ruleId) ?? new Set()).add(name));
        const validator = VALIDATOR_OF.get(d.ruleId);
        if (d.severity === 'error' && validator)
          byValidator.set(validator, (byValidator.get(validator) ?? new Set()).add(name));
      }
    }

    if (ddev) {
      console.log(
        `  ${ddev.version}, the ${selection.validators.length} validators one after another: ${seconds(median(ddevSums))}`,
      );
      console.log(`  ratio: nx lint is ${(median(ddevSums) / nxMedian).toFixed(1)}x faster (goal: 10x)\n`);
      console.log(
        `  ${'validator'.padEnd(18)} ${'ddev'.padStart(8)}  ddev fails / lint fails (by that validator's rules)`,
      );
      for (const validator of selection.validators) {
        const theirs = ddevFailed.get(validator) ?? new Set<string>();
        const ours = byValidator.get(validator) ?? new Set<string>();
        const onlyUpstream = [...theirs].filter((n) => !ours.has(n));
        const onlyHere = [...ours].filter((n) => !theirs.has(n));
        console.log(
          `  ${validator.padEnd(18)} ${seconds(median(ddevTimes.get(validator)!)).padStart(8)}  ${theirs.size} / ${ours.size}${onlyUpstream.length ? `; only upstream: ${names(onlyUpstream)}` : ''}${onlyHere.length ? `; only here: ${names(onlyHere)}` : ''}`,
        );
      }
      const upstream: Verdicts = new Map(list.map((p) => [p.name, [] as string[]]));
      for (const [validator, failed] of ddevFailed) for (const n of failed) upstream.get(n)?.push(validator);
      const ours: Verdicts = new Map(list.map((p) => [p.name, nxFailed.has(p.name) ? ['nx lint'] : []]));
      const comparison = compareVerdicts(ours, upstream);
      console.log(
        `\nverdicts: nx lint fails ${nxFailed.size}, the CI's validators fail ${[...upstream.values()].filter((r) => r.length > 0).length}; ${comparison.agree.length} both, ${comparison.oursOnly.length} red only here, ${comparison.upstreamOnly.length} red only upstream`,
      );
      if (comparison.oursOnly.length) console.log(`  red only here: ${names(comparison.oursOnly.map((c) => c.name))}`);
      if (comparison.upstreamOnly.length)
        console.log(
          `  red only upstream: ${comparison.upstreamOnly.map((c) => `${c.name} (${c.reasons.join(', ')})`).join('; ')}`,
        );
    } else console.log(`  nx lint fails ${nxFailed.size}: ${names(nxFailed)}`);

    lintAll([]);
    const cached = timed(() => lintAll([]));
    console.log(
      `\nnx run-many -t lint again, cached (Nx caches successes: the ${nxFailed.size} failing tasks run again): ${seconds(cached.ms)}`,
    );
    const changed = python.find((p) => existsSync(join(ws.root, p.root, 'README.md'))) ?? list[0];
    appendFileSync(join(ws.root, changed.root, 'README.md'), '\nOne more line.\n');
    const affected = timed(() => ws.nx(['affected', '-t', 'lint', '--base=HEAD', '--outputStyle=static'], QUIET));
    ws.git(['checkout', '--quiet', '--', '.']);
    console.log(
      `nx affected -t lint, ${changed.name}'s README.md changed: ${seconds(affected.ms)} (${failedLint(`${affected.value.stdout}\n${affected.value.stderr}`).size ? 'failed' : 'passed'})`,
    );

    const inProcess = median(
      Array.from(
        { length: 5 },
        () =>
          timed(() => list.forEach((p) => runRules(readIntegrationSource(join(ws.root, p.root)), RULES, policy))).ms,
      ),
    );
    const floor = median(Array.from({ length: 5 }, () => timed(() => readAndParse(ws.root, list)).ms));
    console.log(
      `rule engine in one process, without rendering (median of 5): ${seconds(inProcess)}; read-and-parse floor: ${seconds(floor)}; ratio ${(inProcess / floor).toFixed(1)}x`,
    );

    const ruff = join(ws.root, '.dd', 'tools', `ruff-${RUFF_VERSION}`, 'bin', 'ruff');
    const upstreamPython = upstreamRuff(ws.root, ruff, python);
    console.log(
      `ruff as ddev test --lint runs it (format --diff --check, then check; per integration, one after another): ${seconds(upstreamPython.ms)}; fails: ${names(upstreamPython.failed)}`,
    );

    console.log(`\nwarnings by rule (integrations):`);
    for (const [rule, which] of [...warnings].sort((a, b) => b[1].size - a[1].size))
      console.log(`  ${rule.padEnd(36)} ${String(which.size).padStart(3)}  ${names(which, 12)}`);
    ddev?.dispose();
  } finally {
    ws.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

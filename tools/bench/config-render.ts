/**
 * conf.yaml.example as `nx lint` renders it, beside `ddev validate config --sync` on the same tree:
 *
 *   DD_INTEGRATIONS_EXTRAS=<clone> [DD_BENCH_DDEV=<ddev>] node -r @swc-node/register tools/bench/config-render.ts [runs]
 *
 * On two fresh copies of the snapshot, measured in the same run, it prints:
 * - the install of datadog-checks-dev into the copy's tool folder, with the first rendering;
 * - the rendering of every spec.yaml through lint's own code path (collectConfigRenders: one
 *   Python process), median of `runs` (default 5), and the time per spec;
 * - `ddev validate config` on the other copy (wall time), then `ddev validate config --sync`;
 * - byte identity: every example our rendering gives, compared with the file ddev wrote;
 * - the verdicts: the integrations our conf/* rules fail and those ddev fails, and each difference.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXTRAS_HOW_TO, extrasSnapshot } from '@dd/plugin-e2e/src/extras-workspace';
import { readIntegrationSource } from '@dd/plugin/src/adapters/read-integration-source';
import { renderedExamplePath, SPEC_PATH, type RenderedConfig } from '@dd/plugin/src/config-spec/rendered-config';
import { collectConfigRenders } from '@dd/plugin/src/executors/lint/lib/config-renders';
import { RULES } from '@dd/plugin/src/lint/rules';
import { runRules } from '@dd/plugin/src/lint/run-rules';
import { DATADOG_CHECKS_DEV_VERSION } from '@dd/plugin/src/tools/checks-dev-tool';
import { failedChecks, outOfSync } from './lib/validate-config-output';
import { ddevEnv } from './lib/find-ddev';
import { seconds } from './timing';

function copy(snapshot: string, label: string): string {
  const root = mkdtempSync(join(tmpdir(), `dd-bench-config-${label}-`));
  execFileSync('git', ['clone', '--quiet', snapshot, root]);
  return root;
}

/** The integrations of a repository: its folders with a manifest.json, or a check's `__about__.py` (which ddev validates). */
function integrations(root: string): string[] {
  const isCheck = (name: string) =>
    existsSync(join(root, name, 'datadog_checks', name.replace(/-/g, '_'), '__about__.py'));
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (existsSync(join(root, e.name, 'manifest.json')) || isCheck(e.name)))
    .map((e) => e.name)
    .sort();
}

function ddevCommand(): string | undefined {
  const ddev = process.env.DD_BENCH_DDEV ?? 'ddev';
  return spawnSync(ddev, ['--version'], { encoding: 'utf8' }).status === 0 ? ddev : undefined;
}

function runDdev(ddev: string, root: string, args: string[]): { ms: number; output: string } {
  const { env, dispose } = ddevEnv(root, ddev);
  try {
    const started = performance.now();
    const r = spawnSync(ddev, ['--no-interactive', 'validate', 'config', ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ms: performance.now() - started, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    dispose();
  }
}

async function renderAll(root: string, names: string[]): Promise<Map<string, RenderedConfig | undefined>> {
  return collectConfigRenders(
    names.map((n) => join(root, n)),
    { workspaceRoot: root, log: (line) => console.log(`  ${line}`) },
  );
}

/** Our verdict per integration: the conf/* rules that report an error. */
function ourVerdicts(
  root: string,
  names: string[],
  rendered: Map<string, RenderedConfig | undefined>,
): Map<string, string[]> {
  return new Map(
    names.map((name) => {
      const source = { ...readIntegrationSource(join(root, name)), renderedConfig: rendered.get(join(root, name)) };
      const errors = runRules(source, RULES).filter((d) => d.severity === 'error' && d.ruleId.startsWith('conf/'));
      return [name, [...new Set(errors.map((d) => `${d.ruleId} ${d.file}:${d.line}`))]];
    }),
  );
}

async function main() {
  const snapshot = extrasSnapshot();
  if (!snapshot) throw new Error(`no integrations-extras snapshot: ${EXTRAS_HOW_TO}`);
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
  const ours = copy(snapshot, 'ours');
  const theirs = copy(snapshot, 'ddev');
  try {
    const all = integrations(ours);
    const withSpec = all.filter((n) => existsSync(join(ours, n, SPEC_PATH)));
    console.log(
      `integrations-extras ${execFileSync('git', ['-C', ours, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()}: ${all.length} integrations, ${withSpec.length} with ${SPEC_PATH}\n`,
    );

    let started = performance.now();
    let rendered = await renderAll(ours, withSpec);
    console.log(
      `install datadog-checks-dev ${DATADOG_CHECKS_DEV_VERSION} into .dd/tools, then render every spec: ${seconds(performance.now() - started)}`,
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      rendered = await renderAll(ours, withSpec);
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(
      `render all ${withSpec.length} specs, one Python process (median of ${runs}): ${seconds(median)}; per spec: ${(median / withSpec.length).toFixed(1)} ms`,
    );

    const ddev = ddevCommand();
    if (!ddev) {
      console.log('\nddev: not measured (set DD_BENCH_DDEV to a ddev 20.1 executable)');
      return;
    }
    const validate = runDdev(ddev, theirs, []);
    console.log(
      `${execFileSync(ddev, ['--version'], { encoding: 'utf8' }).trim()}: ddev validate config, every check: ${seconds(validate.ms)}; ratio to our rendering: ${(validate.ms / median).toFixed(1)}x`,
    );
    runDdev(ddev, theirs, ['--sync']);

    let identical = 0;
    const differing: string[] = [];
    const notRendered: string[] = [];
    for (const name of withSpec) {
      const rendering = rendered.get(join(ours, name));
      if (rendering?.kind !== 'rendered') {
        notRendered.push(
          `${name} (${rendering?.kind === 'unavailable' ? rendering.reason : 'not a check: ddev validates no spec there'})`,
        );
        continue;
      }
      if (rendering.errors.length > 0) notRendered.push(`${name} (spec errors, as in ddev)`);
      for (const [file, text] of Object.entries(rendering.files)) {
        if ((rendering.renderErrors[file] ?? []).length > 0) {
          notRendered.push(`${name}/${file} (render errors, as in ddev)`);
          continue;
        }
        const written = join(theirs, name, renderedExamplePath(name.replace(/-/g, '_'), file));
        if (existsSync(written) && readFileSync(written, 'utf8') === text) identical++;
        else differing.push(`${name}/${file}`);
      }
    }
    console.log(
      `\nbyte identity with the files ddev validate config --sync wrote: ${identical} identical / ${identical + differing.length} rendered examples${differing.length ? `; differing: ${differing.join(', ')}` : ''}`,
    );
    console.log(`not rendered: ${notRendered.join('; ') || 'none'}`);

    const upstream = failedChecks(validate.output);
    const verdicts = ourVerdicts(ours, all, rendered);
    const fails = [...verdicts].filter(([, reasons]) => reasons.length > 0).map(([name]) => name);
    console.log(
      `\nddev validate config fails ${upstream.size} integrations (${outOfSync(validate.output).length} examples out of sync); our conf/* rules fail ${fails.length}`,
    );
    const oursOnly = fails.filter((n) => !upstream.has(n));
    const upstreamOnly = [...upstream].filter((n) => !fails.includes(n)).sort();
    console.log(`fail both: ${fails.filter((n) => upstream.has(n)).join(', ')}`);
    console.log('fail here only:');
    for (const name of oursOnly) console.log(`  ${name.padEnd(36)} ${verdicts.get(name)!.join(', ')}`);
    console.log('fail in ddev only:');
    for (const name of upstreamOnly) console.log(`  ${name}`);
  } finally {
    rmSync(ours, { recursive: true, force: true });
    rmSync(theirs, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

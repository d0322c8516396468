import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fixWithRuff, lintWithRuff } from '../../../adapters/ruff';
import { runProcess } from '../../../adapters/run-process';
import { findRuff } from '../../../adapters/workspace-ruff';
import type { Diagnostic } from '../../../diagnostics/diagnostic';
import { pluginRoot } from '../../../plugin-version';
import type { SarifRuleDoc } from '../../../lint/format/format-sarif';
import { chooseRuffConfig } from '../../../ruff/choose-ruff-config';
import { describeRuffRules, ruffCode } from '../../../ruff/describe-ruff-rules';
import type { RuffRule } from '../../../ruff/parse-ruff-rules';
import { renderRuffFixNotes } from '../../../ruff/render-ruff-fix-notes';
import { ruffFailedDiagnostic } from '../../../ruff/ruff-diagnostics';
import { RUFF_BASELINE_FILE } from '../../../tools/ruff-tool';
import { readRuffRules } from './read-ruff-rules';

/** One integration whose Python code to lint. */
export interface PythonLintTarget {
  /** The Nx project, for hints (`nx lint <project> --fix`). */
  project: string;
  /** Absolute folder. */
  projectRoot: string;
  /** Folder relative to the workspace root, as printed. */
  displayRoot: string;
  /** Format and apply ruff's safe fixes first (`--fix`). */
  fix: boolean;
}

export interface PythonLintResult {
  diagnostics: Diagnostic[];
  /** One line per file that --fix had ruff change. */
  notes: string[];
  /** The rules of these findings, described for SARIF. */
  rules: SarifRuleDoc[];
}

export interface PythonLintContext {
  workspaceRoot: string;
  /** `DD_RUFF`: a ruff executable chosen by the user. */
  ruff?: string;
  /** A report will describe the rules (SARIF): read ruff's rule list, once, if a finding has a code. */
  describeRules: boolean;
  log(line: string): void;
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A Python package has something for ruff to lint; a tile-only integration has not. */
function hasPythonPackage(projectRoot: string): boolean {
  return existsSync(join(projectRoot, 'pyproject.toml')) || existsSync(join(projectRoot, 'setup.py'));
}

/** Runs `work` over `items`, at most `limit` at a time, results in the items' order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Findings = Omit<PythonLintResult, 'rules'>;

/** Each result with the rules of its findings, described from ruff's rule list (`rules`, by code). */
function withRules(result: Findings, rules: ReadonlyMap<string, RuffRule>): PythonLintResult {
  const ids = result.diagnostics.map((d) => d.ruleId);
  return { ...result, rules: describeRuffRules(ids, rules) };
}

async function lintOne(ruff: string, target: PythonLintTarget, workspaceRoot: string): Promise<Findings> {
  const baseline = join(pluginRoot(), RUFF_BASELINE_FILE);
  const config = chooseRuffConfig(target.projectRoot, workspaceRoot, readOptional, baseline).file;
  // ruff names files from its working directory with symbolic links resolved.
  const run = { ruff, folder: realpathSync(target.projectRoot), config };
  const notes = target.fix ? renderRuffFixNotes(target.displayRoot, await fixWithRuff(run)) : [];
  return { diagnostics: await lintWithRuff(run, target.project), notes };
}

/**
 * Lints the Python code of each integration with the workspace's pinned ruff, as Datadog's CI
 * does: in the integration's folder, with the settings ddev would choose (see chooseRuffConfig),
 * several integrations at a time. The map has an entry for each root asked: undefined for an
 * integration without a Python package, which ruff is not given. With `describeRules`, ruff's
 * rule list is read once for all of them, and only when some finding has a ruff code.
 */
export async function collectPythonFindings(
  targets: readonly PythonLintTarget[],
  context: PythonLintContext,
): Promise<Map<string, PythonLintResult | undefined>> {
  const python = targets.filter((t) => hasPythonPackage(t.projectRoot));
  const out = new Map<string, PythonLintResult | undefined>(targets.map((t) => [t.projectRoot, undefined]));
  if (python.length === 0) return out;
  const found = await findRuff({
    workspaceRoot: context.workspaceRoot,
    python: 'python3',
    configured: context.ruff,
    log: context.log,
  });
  if (found.kind === 'none') {
    // No ruff: each integration says why, and its file rules still run.
    for (const t of python)
      out.set(
        t.projectRoot,
        withRules({ diagnostics: [ruffFailedDiagnostic(found.problem, found.hint)], notes: [] }, new Map()),
      );
    return out;
  }
  const results = await mapConcurrently(python, availableParallelism(), (t) =>
    lintOne(found.file, t, context.workspaceRoot),
  );
  const coded = results.some((r) => r.diagnostics.some((d) => ruffCode(d.ruleId) !== undefined));
  const rules =
    context.describeRules && coded
      ? await readRuffRules(found.file, { run: runProcess, log: context.log })
      : new Map<string, RuffRule>();
  python.forEach((t, i) => out.set(t.projectRoot, withRules(results[i], rules)));
  return out;
}

import { join } from 'node:path';
import type { RenderedConfig } from '../../../config-spec/rendered-config';
import type { IntegrationSource } from '../../../lint/integration-source';
import { sortDiagnostics, type Diagnostic } from '../../../diagnostics/diagnostic';
import { planFixes } from '../../../lint/fix/plan-fixes';
import type { RepositoryFiles } from '../../../lint/repository/repository-files';
import { formatDiagnostics } from '../../../lint/format/format-diagnostics';
import type { SarifRuleDoc } from '../../../lint/format/format-sarif';
import { RULES } from '../../../lint/rules';
import type { LintPolicy } from '../../../lint/policy/lint-policy';
import { DEFAULT_LINT_POLICY, runRules } from '../../../lint/run-rules';
import type { NormalizedLintOptions } from './normalize-options';

/** The effects lintProject needs, injected so that it can be tested without a disk. */
export interface LintIo {
  readSource(projectRoot: string): IntegrationSource;
  writeFile(path: string, text: string): void;
}

/** One integration to lint. */
export interface LintTarget {
  /** Absolute folder. */
  projectRoot: string;
  /** Folder relative to the workspace root, as printed. */
  displayRoot: string;
  /** The workspace's CODEOWNERS and ddev configuration, read once per run; absent: none. */
  repository?: RepositoryFiles;
  /** spec.yaml as Datadog's renderer renders it, computed before the rules run; absent: no spec.yaml. */
  renderedConfig?: RenderedConfig;
  /** The rules of the Python linter's findings, which SARIF describes next to lint's own. */
  pythonRules?: readonly SarifRuleDoc[];
}

export interface ProjectLintResult {
  success: boolean;
  /** The report, in the chosen format. */
  output: string;
  /** What --fix changed (one line per file) and what did not run, for the reader. */
  notes: string[];
  diagnostics: Diagnostic[];
}

/**
 * Lints one integration: applies the safe notes when asked, runs every rule on what is then on
 * disk, adds the Python linter's findings, and renders the report. Errors fail; warnings fail
 * only with warningsAsErrors.
 */
/**
 * `python` holds the Python linter's findings: undefined for an integration without a Python
 * package, or with --python=false.
 */
export function lintProject(
  target: LintTarget,
  python: readonly Diagnostic[] | undefined,
  options: NormalizedLintOptions,
  io: LintIo,
  toolVersion: string,
  policy: LintPolicy = DEFAULT_LINT_POLICY,
): ProjectLintResult {
  const read = (): IntegrationSource => ({
    ...io.readSource(target.projectRoot),
    repository: { projectPath: target.displayRoot, ...target.repository },
    renderedConfig: target.renderedConfig,
  });
  let source = read();
  const notes: string[] = [];
  if (options.fix) {
    const planned = planFixes(source);
    for (const fix of planned) {
      io.writeFile(join(target.projectRoot, fix.file), fix.text);
      notes.push(
        fix.written
          ? `wrote ${target.displayRoot}/${fix.file} (${fix.written})`
          : `fixed ${target.displayRoot}/${fix.file}: ${fix.changes.join('; ')}`,
      );
    }
    if (planned.length > 0) source = read();
  }
  const diagnostics = sortDiagnostics([...runRules(source, RULES, policy), ...(python ?? [])]);
  const failing = diagnostics.some((d) => d.severity === 'error' || options.warningsAsErrors);
  const output = formatDiagnostics(target.displayRoot, diagnostics, {
    format: options.format,
    color: options.color,
    rules: RULES,
    otherRules: target.pythonRules,
    toolVersion,
  });
  return { success: !failing, output, notes, diagnostics };
}

/** The text a task prints: fix notes first in human and github formats, then the report. */
export function renderTaskOutput(result: ProjectLintResult, options: NormalizedLintOptions): string {
  const notes = options.format === 'human' || options.format === 'github' ? result.notes : [];
  return [...notes, result.output].filter((s) => s !== '').join('\n');
}

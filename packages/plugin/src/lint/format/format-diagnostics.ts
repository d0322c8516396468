import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintRule } from '../lint-rule';
import { formatGithub } from './format-github';
import { formatHuman } from './format-human';
import { formatJson } from './format-json';
import { formatSarif, type SarifRuleDoc } from './format-sarif';

export type LintFormat = 'human' | 'json' | 'sarif' | 'github';

export interface FormatOptions {
  format: LintFormat;
  color: boolean;
  rules: readonly LintRule[];
  /** The rules of the linter run alongside (ruff's), which SARIF describes next to lint's own. */
  otherRules?: readonly SarifRuleDoc[];
  toolVersion: string;
}

/** Renders one project's diagnostics in the chosen format; human output says so when all is clean. */
export function formatDiagnostics(
  projectRoot: string,
  diagnostics: readonly Diagnostic[],
  options: FormatOptions,
): string {
  switch (options.format) {
    case 'json':
      return formatJson(projectRoot, diagnostics);
    case 'sarif':
      return formatSarif(projectRoot, diagnostics, options, options.toolVersion);
    case 'github':
      return formatGithub(projectRoot, diagnostics);
    default:
      return diagnostics.length > 0
        ? formatHuman(projectRoot, diagnostics, { color: options.color })
        : `${projectRoot}: no problems found.`;
  }
}

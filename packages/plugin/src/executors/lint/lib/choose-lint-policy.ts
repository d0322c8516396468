import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  optionSelection,
  readCiSelection,
  VALIDATE_WORKFLOW,
  type CiSelection,
} from '../../../lint/policy/ci-selection';
import type { LintPolicy } from '../../../lint/policy/lint-policy';
import type { NormalizedLintOptions } from './normalize-options';

/** The repository's CI selection of validators, read once per run from its validate workflow. */
export function readWorkspaceSelection(workspaceRoot: string): CiSelection {
  const path = join(workspaceRoot, VALIDATE_WORKFLOW);
  return readCiSelection(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
}

/** A task's policy: the option's validators over the repository's, and the option's strictness. */
export function chooseLintPolicy(
  options: NormalizedLintOptions,
  workspace: CiSelection,
): { policy: LintPolicy; selection: CiSelection } {
  const selection = options.validators ? optionSelection(options.validators) : workspace;
  return { policy: { validators: new Set(selection.validators), strict: options.strict }, selection };
}

/** What `nx lint --verbose` prints of the policy, once per run. */
export function describeSelection(selection: CiSelection, strict: boolean): string {
  return `lint: errors come from ddev validate ${selection.validators.join(', ') || '(none)'}, as read from ${selection.source}${strict ? '; strict: beyond-upstream rules and the other validators are errors too' : ''}`;
}

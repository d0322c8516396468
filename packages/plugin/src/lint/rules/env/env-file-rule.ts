import { ENV_FILE, readEnvFile } from '../../../environments/read-env-file';
import type { LintRule } from '../../lint-rule';

/**
 * A rule over `ci/env.yaml` that reports the findings of the environment reader (the same
 * validation `install` runs, so a broken environment is found by `nx lint` before anything
 * starts) that carry its id: the reader sorts its findings into syntax, schema and reference
 * problems, and each kind is a rule with its own description and policy. Needs `ci/env.yaml`
 * among the files the lint run reads.
 */
export function envFileRule(rule: Omit<LintRule, 'check'>): LintRule {
  return {
    ...rule,
    check: (context) => {
      const text = context.files[ENV_FILE];
      if (text === undefined) return [];
      return readEnvFile(text, ENV_FILE)
        .diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id)
        .map(({ ruleId: _ruleId, ...finding }) => finding);
    },
  };
}

/** Why an invalid ci/env.yaml is an error although upstream has no such file. */
export const ENV_FILE_BASIS =
  "ci/env.yaml is this workspace's own file: `install` and `test` refuse an invalid one before starting anything";

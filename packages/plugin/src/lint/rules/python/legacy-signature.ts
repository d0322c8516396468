import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { pythonFilesUnder, pythonLines } from './python-source';

export const pythonLegacySignatureRule: LintRule = {
  id: 'python/legacy-signature',
  policy: {
    provenance: 'advice',
    basis:
      '`ddev validate legacy-signature` (`Check ... uses legacy agent signature in ... on line N`, `Detected use of legacy agent signature, please use the new signature`) reports it, as an error annotation, but exits 0: CI does not fail on it, and the base package still accepts the old signature',
  },
  description:
    "The check's classes use the Agent 6+ constructor, `__init__(self, name, init_config, instances)`, not the Agent 5 one that also takes the Agent's configuration (`agentConfig`). As `ddev validate legacy-signature` does, every line of the Python code under `datadog_checks/<integration folder>/` that mentions both `__init__` and `agentConfig` is reported. Bad: `def __init__(self, name, init_config, agentConfig, instances=None):`. Good: `def __init__(self, name, init_config, instances):`, then `super().__init__(name, init_config, instances)`. Fix: drop `agentConfig` from the signature and from the call to the parent class, and read what it carried from `self.instance` or `init_config`.",
  check: (context) => {
    // As ddev's find_legacy_signature: a check (one with __about__.py) walked at datadog_checks/<folder name>/.
    if (!context.exists(`datadog_checks/${context.module}/__about__.py`)) return [];
    const out: Finding[] = [];
    for (const { path, text } of pythonFilesUnder(context, `datadog_checks/${context.name}/`)) {
      pythonLines(text).forEach((line, index) => {
        if (!line.includes('__init__') || !line.includes('agentConfig')) return;
        out.push(
          report(
            path,
            { line: index + 1, column: line.indexOf('__init__') + 1 },
            '`__init__` takes `agentConfig`: the legacy Agent 5 signature of a check',
            'use `__init__(self, name, init_config, instances)` and read the settings from self.instance or init_config',
            'warning',
          ),
        );
      });
    }
    return out;
  },
};

import { isConfigModel } from '../../integration-layout';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { positionAt } from './python-source';

const PATTERN = /def check\(self, instance\):/g;

export const pythonCheckInstanceRule: LintRule = {
  id: 'python/check-instance-argument',
  policy: {
    provenance: 'advice',
    basis:
      '`ddev validate integration-style` only warns, and only with `--verbose` (`The instance argument in the check() function is going to be deprecated in Agent 8. Please use self.instance instead.`); it never fails',
  },
  description:
    "The check's `check` method takes the instance argument it ignores, `def check(self, _):`, and reads its configuration from `self.instance`: the `instance` argument is going to be deprecated in Agent 8. As `ddev validate integration-style` does, the Python code under `datadog_checks/` is searched for the exact text `def check(self, instance):`. Bad: `def check(self, instance):` then `url = instance.get('url')`. Good: `def check(self, _):` then `url = self.instance.get('url')`. Fix: rename the argument to `_` and read `self.instance` (best in `__init__`, once).",
  check: (context) => {
    if (!context.exists('manifest.json')) return [];
    const out: Finding[] = [];
    for (const path of Object.keys(context.files)
      .filter((p) => p.startsWith('datadog_checks/') && p.endsWith('.py') && !isConfigModel(p))
      .sort()) {
      const text = context.files[path];
      for (const match of text.matchAll(PATTERN)) {
        out.push(
          report(
            path,
            positionAt(text, match.index),
            '`check` takes `instance`, which Agent 8 is going to deprecate',
            'write `def check(self, _):` and read the configuration from self.instance',
            'warning',
          ),
        );
      }
    }
    return out;
  },
};

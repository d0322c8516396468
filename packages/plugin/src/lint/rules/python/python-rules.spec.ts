import { d, MANIFEST_V1, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { pythonBaseImportsRule } from './base-imports';
import { pythonCheckInstanceRule } from './check-instance-argument';
import { pythonHttpWrapperRule } from './http-wrapper';
import { pythonLegacySignatureRule } from './legacy-signature';
import { pythonOpenmetricsLimitRule } from './openmetrics-limit';

const CHECK = 'datadog_checks/foo/check.py';
const ABOUT = { 'datadog_checks/foo/__about__.py': "__version__ = '1.0.0'\n" };
const SPEC = 'assets/configuration/spec.yaml';
const spec = (...templates: string[]) => ({
  [SPEC]: `name: Foo\nfiles:\n- name: foo.yaml\n  options:\n${templates.map((t) => `  - template: ${t}\n`).join('')}`,
});
const integration = (files: Record<string, string>) => ({
  'manifest.json': MANIFEST_V1,
  'pyproject.toml': '[project]\nname = "datadog-foo"\n',
  ...ABOUT,
  ...files,
});
const check = (body: string) =>
  integration({ [CHECK]: `from datadog_checks.base import AgentCheck\n\n\nclass FooCheck(AgentCheck):\n${body}` });
const openmetrics = (body: string) =>
  integration({
    [CHECK]: `from datadog_checks.base import OpenMetricsBaseCheckV2\n\n\nclass FooCheck(OpenMetricsBaseCheckV2):\n    __NAMESPACE__ = 'foo'\n${body}`,
  });

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    pythonLegacySignatureRule,
    'accepts the Agent 6 constructor',
    check('    def __init__(self, name, init_config, instances):\n        pass\n'),
    [],
  ],
  [
    pythonLegacySignatureRule,
    'warns about a constructor that takes agentConfig',
    check('    def __init__(self, name, init_config, agentConfig, instances=None):\n        pass\n'),
    [
      d(
        'python/legacy-signature',
        CHECK,
        5,
        9,
        '`__init__` takes `agentConfig`: the legacy Agent 5 signature of a check',
        'warning',
      ),
    ],
  ],
  [
    pythonLegacySignatureRule,
    'looks only at a check with __about__.py, as ddev',
    { [CHECK]: 'def __init__(self, agentConfig): pass\n' },
    [],
  ],
  [
    pythonBaseImportsRule,
    'accepts the base, dev and own packages',
    check(
      '    pass\n\nfrom datadog_checks.foo.config_models import ConfigMixin\nfrom datadog_checks.dev import get_here\n',
    ),
    [],
  ],
  [
    pythonBaseImportsRule,
    'reports an import from the top of datadog_checks',
    integration({ [CHECK]: 'import os\nfrom datadog_checks.checks import AgentCheck\n' }),
    [
      d(
        'python/base-imports',
        CHECK,
        2,
        6,
        'deprecated import: `from datadog_checks.checks import AgentCheck` does not import from datadog_checks.base',
      ),
    ],
  ],
  [
    pythonBaseImportsRule,
    'reads the tests too, and the text of a comment',
    integration({ 'tests/test_foo.py': '# we import datadog_checks.utils here\n' }),
    [
      d(
        'python/base-imports',
        'tests/test_foo.py',
        1,
        13,
        'deprecated import: `# we import datadog_checks.utils here` does not import from datadog_checks.base',
      ),
    ],
  ],
  [
    pythonBaseImportsRule,
    'looks only at an integration with a manifest.json, as ddev',
    { [CHECK]: 'from datadog_checks.checks import AgentCheck\n' },
    [],
  ],
  [
    pythonHttpWrapperRule,
    'accepts the wrapper with its spec templates',
    {
      ...check('    def check(self, _):\n        self.http.get(self.url)\n'),
      ...spec('init_config', 'init_config/http', 'instances', 'instances/http'),
    },
    [],
  ],
  [
    pythonHttpWrapperRule,
    'reports a direct call of requests',
    check('    def check(self, _):\n        requests.get(self.url)\n'),
    [
      d(
        'python/http-wrapper',
        CHECK,
        6,
        9,
        '`requests.get(` calls the requests library directly instead of the HTTP wrapper',
      ),
    ],
  ],
  [
    pythonHttpWrapperRule,
    'accepts what ddev accepts: a session, and a file that says SKIP_HTTP_VALIDATION',
    integration({
      [CHECK]: 'requests.Session()\n',
      'datadog_checks/foo/api.py': 'requests.post(url)  # SKIP_HTTP_VALIDATION\n',
    }),
    [],
  ],
  [
    pythonHttpWrapperRule,
    'asks the spec of a check that uses the wrapper for the http templates',
    {
      ...check('    def check(self, _):\n        self.http.get(self.url)\n'),
      ...spec('instances', 'instances/openmetrics'),
    },
    [
      d(
        'python/http-wrapper',
        SPEC,
        5,
        5,
        'the check uses the HTTP wrapper, but assets/configuration/spec.yaml does not use the `init_config/http` (or `init_config/openmetrics`, `init_config/openmetrics_legacy`) template',
      ),
    ],
  ],
  [
    pythonHttpWrapperRule,
    'finds the spec where the manifest names it',
    {
      ...check('    def check(self, _):\n        self.http.get(self.url)\n'),
      'manifest.json': '{"assets": {"integration": {"configuration": {"spec": "./assets/configuration/spec.yaml"}}}}',
      ...spec('init_config', 'init_config/default'),
    },
    [
      d(
        'python/http-wrapper',
        SPEC,
        5,
        5,
        'the check uses the HTTP wrapper, but assets/configuration/spec.yaml does not use the `instances/http` (or `instances/openmetrics`, `instances/openmetrics_legacy`) template',
      ),
    ],
  ],
  [
    pythonHttpWrapperRule,
    'warns about auth= next to the wrapper',
    check('    def check(self, _):\n        self.http.get(self.url, auth=None)\n'),
    [
      d(
        'python/http-wrapper',
        CHECK,
        6,
        33,
        '`auth` is passed next to the HTTP wrapper, which sets it from the configuration',
        'warning',
      ),
    ],
  ],
  [
    pythonOpenmetricsLimitRule,
    'accepts an OpenMetrics check without the limit',
    openmetrics('    DEFAULT_METRIC_LIMIT = 0\n'),
    [],
  ],
  [
    pythonOpenmetricsLimitRule,
    'reports an OpenMetrics check that keeps the limit',
    openmetrics(''),
    [
      d(
        'python/openmetrics-limit',
        CHECK,
        4,
        16,
        'an OpenMetrics check without `DEFAULT_METRIC_LIMIT = 0`: the base class caps the metrics it submits',
      ),
    ],
  ],
  [
    pythonOpenmetricsLimitRule,
    'reads the text as ddev does: no spaces is no limit set',
    openmetrics('    DEFAULT_METRIC_LIMIT=0\n'),
    [
      d(
        'python/openmetrics-limit',
        CHECK,
        4,
        16,
        'an OpenMetrics check without `DEFAULT_METRIC_LIMIT = 0`: the base class caps the metrics it submits',
      ),
    ],
  ],
  [
    pythonOpenmetricsLimitRule,
    'looks only at a Python package, as ddev',
    { 'manifest.json': MANIFEST_V1, [CHECK]: 'class FooCheck(OpenMetricsBaseCheckV2):\n    pass\n' },
    [],
  ],
  [pythonCheckInstanceRule, 'accepts check(self, _)', check('    def check(self, _):\n        pass\n'), []],
  [
    pythonCheckInstanceRule,
    'warns about check(self, instance)',
    check('    def check(self, instance):\n        pass\n'),
    [
      d(
        'python/check-instance-argument',
        CHECK,
        5,
        5,
        '`check` takes `instance`, which Agent 8 is going to deprecate',
        'warning',
      ),
    ],
  ],
  [
    pythonCheckInstanceRule,
    'leaves the tests alone',
    integration({ 'tests/test_foo.py': 'def check(self, instance):\n    pass\n' }),
    [],
  ],
];

describe('python rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

import type { IntegrationSource } from './integration-source';
import type { Finding, LintRule } from './lint-rule';
import { RULES } from './rules';
import { STRICT_POLICY } from './__fixtures__/run-rule';
import { runRules } from './run-rules';

const source = (files: Record<string, string>, notText: string[] = []): IntegrationSource => ({
  name: 'foo',
  files,
  notText,
  paths: [...Object.keys(files), ...notText],
});

describe('runRules', () => {
  it('turns a crashing rule into a diagnostic and runs the others', () => {
    const policy = { provenance: 'upstream' as const, validator: 'config' as const, basis: 'test' };
    const crashing: LintRule = {
      id: 'x/crash',
      description: '',
      policy,
      check: () => {
        throw new Error('boom');
      },
    };
    const fine: LintRule = {
      id: 'x/fine',
      description: '',
      policy,
      check: () => [{ severity: 'warning', file: 'a', line: 2, column: 1, message: 'm' }],
    };
    expect(runRules(source({}), [crashing, fine]).map((d) => [d.ruleId, d.message])).toEqual([
      ['internal/rule-crashed', 'rule x/crash crashed: boom'],
      ['x/fine', 'm'],
    ]);
  });

  it('stamps every finding with the id of the rule that returned it, whatever the finding carries', () => {
    const smuggled = { ruleId: 'x/other', severity: 'error', file: 'a', line: 1, column: 1, message: 'm' };
    const rule: LintRule = {
      id: 'x/own',
      description: '',
      policy: { provenance: 'upstream', validator: 'config', basis: 'test' },
      check: () => [smuggled as Finding],
    };
    expect(runRules(source({}), [rule])).toEqual([
      { ruleId: 'x/own', severity: 'error', file: 'a', line: 1, column: 1, message: 'm' },
    ]);
  });

  const ODD_INPUTS: [string, IntegrationSource][] = [
    [
      'every file empty',
      source({
        'manifest.json': '',
        'metadata.csv': '',
        'README.md': '',
        'pyproject.toml': '',
        'requirements.txt': '',
        'assets/service_checks.json': '',
        'assets/configuration/spec.yaml': '',
        'datadog_checks/foo/data/conf.yaml.example': '',
        'datadog_checks/foo/__about__.py': '',
        'tests/test_foo.py': '',
      }),
    ],
    ['binary files', source({}, ['manifest.json', 'metadata.csv', 'README.md'])],
    [
      'BOM and CRLF everywhere',
      source({
        'manifest.json': '\ufeff{\r\n"name": "foo"\r\n}\r\n',
        'metadata.csv': '\ufeffmetric_name,metric_type\r\nfoo.up,gauge\r\n',
        'datadog_checks/foo/data/conf.yaml.example': '\ufeffinit_config:\r\ninstances:\r\n  - {}\r\n',
      }),
    ],
    [
      'wrong types everywhere',
      source({
        'manifest.json':
          '{"manifest_version": 2, "tile": [], "assets": "x", "author": null, "maintainer": 1, "metric_to_check": [1, {}]}',
        'metadata.csv': 'a\n"',
        'assets/configuration/spec.yaml': 'files: 3\n',
        'datadog_checks/foo/data/conf.yaml.example': '- 1\n',
        'assets/service_checks.json': '[1, {"statuses": "ok"}]',
        'pyproject.toml': 'project = 3\n',
      }),
    ],
    [
      'garbage',
      source({
        'manifest.json': '\u0000\u0001{{{',
        'metadata.csv': ',,,\n,,,,,\n"""',
        'README.md': '#\n##\n![](',
        'requirements.txt': '==\n-e .\n[x]',
      }),
    ],
  ];

  it('turns the errors of an advice rule into warnings, and keeps those of the others', () => {
    const error = { severity: 'error' as const, file: 'a', line: 1, column: 1, message: 'm' };
    const advice: LintRule = {
      id: 'x/a',
      description: '',
      policy: { provenance: 'advice', basis: 'style' },
      check: () => [error],
    };
    const upstream: LintRule = {
      id: 'x/u',
      description: '',
      policy: { provenance: 'upstream', validator: 'config', basis: 'ddev' },
      check: () => [error],
    };
    expect(runRules(source({}), [advice, upstream]).map((d) => [d.ruleId, d.severity])).toEqual([
      ['x/a', 'warning'],
      ['x/u', 'error'],
    ]);
  });

  it.each(ODD_INPUTS)('never crashes on %s, and reports them', (_title, input) => {
    const diagnostics = runRules(input, RULES, STRICT_POLICY);
    expect(diagnostics.filter((d) => d.ruleId === 'internal/rule-crashed')).toEqual([]);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('reports binary files as such', () => {
    expect(
      runRules(source({}, ['metadata.csv']), RULES)
        .filter((d) => d.file === 'metadata.csv')
        .map((d) => d.ruleId),
    ).toEqual(['file/not-text']);
  });
});

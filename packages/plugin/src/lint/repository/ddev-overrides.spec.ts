import type { IntegrationSource } from '../integration-source';
import { createLintContext } from '../lint-context';
import { pythonHttpWrapperRule } from '../rules/python/http-wrapper';
import { isDdevIntegration, isExcludedFrom } from './ddev-overrides';

const CONFIG = '[overrides.is-integration]\nfoo = false\n\n[overrides.validate.http]\nexclude = ["foo"]\n';
const integration = (files: Record<string, string>, config?: string): IntegrationSource => ({
  name: 'foo',
  files,
  paths: Object.keys(files),
  repository: {
    projectPath: 'foo',
    ...(config === undefined ? {} : { ddevConfig: { path: '.ddev/config.toml', text: config } }),
  },
});

describe('ddev overrides', () => {
  it('reads the validations an integration is excluded from', () => {
    expect(isExcludedFrom(integration({}, CONFIG), 'http')).toBe(true);
    expect(isExcludedFrom(integration({}, CONFIG), 'openmetrics')).toBe(false);
    expect(isExcludedFrom(integration({}), 'http')).toBe(false);
    expect(isExcludedFrom(integration({}, 'not [toml'), 'http')).toBe(false);
  });

  it('counts a folder as an integration unless it has no manifest.json and the overrides say not', () => {
    expect(isDdevIntegration(integration({ 'pyproject.toml': '' }))).toBe(true);
    expect(isDdevIntegration(integration({ 'pyproject.toml': '' }, CONFIG))).toBe(false);
    expect(isDdevIntegration(integration({ 'manifest.json': '{}' }, CONFIG))).toBe(true);
  });

  it('keeps an excluded integration out of the validation', () => {
    const files = { 'manifest.json': '{}', 'datadog_checks/foo/check.py': 'requests.get(url)\n' };
    expect(pythonHttpWrapperRule.check(createLintContext(integration(files)))).toHaveLength(1);
    expect(pythonHttpWrapperRule.check(createLintContext(integration(files, CONFIG)))).toEqual([]);
  });
});

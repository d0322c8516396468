import { readEnvFile } from '../../../environments/read-env-file';
import { renderedEnvironmentFiles } from '../../../environments/render/rendered-environment-files';
import { STRICT_POLICY } from '../../__fixtures__/run-rule';
import { planFixes } from '../../fix/plan-fixes';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { envRenderedRule } from './rendered';

const ENV_YAML = `flavors:
  "6.0":
    variables: { tag: "6" }
  "7.0":
    variables: { tag: "7" }
services:
  redis:
    image: "redis:\${tag}"
    ports: [6379]
`;
const CONFTEST = 'from . import environment\n\ndd_environment = environment.dd_environment\n';

function rendered(envYaml: string): Record<string, string> {
  const files = renderedEnvironmentFiles(readEnvFile(envYaml).envFile!, 'redis', undefined);
  return Object.fromEntries(files.map((f) => [f.path, f.text]));
}

function run(files: Record<string, string>) {
  const context = createLintContext({ name: 'redis', files, paths: Object.keys(files) });
  return checkRule(envRenderedRule, context, STRICT_POLICY).map(({ hint, ...rest }) => ({
    ...rest,
    hint: (hint ?? '').split('\n')[0],
  }));
}

describe('env/rendered', () => {
  const inSync: Record<string, string> = {
    'ci/env.yaml': ENV_YAML,
    'tests/conftest.py': CONFTEST,
    ...rendered(ENV_YAML),
  };

  it('passes files as ci/env.yaml renders them, whatever their line endings', () => {
    expect(run(inSync)).toEqual([]);
    expect(run({ ...inSync, 'hatch.toml': inSync['hatch.toml']!.replace(/\n/g, '\r\n') })).toEqual([]);
  });

  it('reports a hatch.toml that lags behind a flavor added to ci/env.yaml, at its first differing line', () => {
    const grown = `${ENV_YAML.replace('services:', '  "8.0":\n    variables: { tag: "8" }\nservices:')}`;
    const findings = run({ ...inSync, 'ci/env.yaml': grown });
    // the fixture holds the default flavor's values only: it does not change
    expect(findings.map((f) => [f.file, f.line, f.severity])).toEqual([['hatch.toml', 7, 'error']]);
    expect(findings[0].message).toBe(
      'hatch.toml is not what ci/env.yaml renders (first difference at line 7): `ddev test` and `nx test` would run different environments',
    );
    expect(findings[0].hint).toBe(
      '`nx lint redis --fix` writes it; to change it, change ci/env.yaml. The first difference (- on disk, + rendered):',
    );
  });

  it('reports a rendered file that is missing at ci/env.yaml', () => {
    const { 'tests/docker/docker-compose.yaml': _compose, ...rest } = inSync;
    expect(run(rest)).toEqual([
      expect.objectContaining({
        file: 'ci/env.yaml',
        line: 1,
        message: '`ddev test` reads tests/docker/docker-compose.yaml, which ci/env.yaml renders, and it is missing',
      }),
    ]);
  });

  it('reports tests that never use the fixture, which ddev would run without services', () => {
    expect(run({ ...inSync, 'tests/conftest.py': 'import pytest\n' })).toEqual([
      expect.objectContaining({
        file: 'tests/conftest.py',
        message:
          'the tests have no `dd_environment` fixture: under `ddev test` nothing starts the services of ci/env.yaml',
      }),
    ]);
  });

  it('leaves an empty env.yaml, and one that does not read, to their own hatch.toml and rules', () => {
    expect(run({ 'ci/env.yaml': 'flavors: {}\nservices: {}\n', 'hatch.toml': '[env]\n' })).toEqual([]);
    expect(run({ 'ci/env.yaml': 'flavors: [\n', 'hatch.toml': '[env]\n' })).toEqual([]);
  });

  it('has --fix write exactly the stale files, after which nothing is reported', () => {
    const stale = { ...inSync, 'hatch.toml': '[env.collectors.datadog-checks]\n' };
    const fixes = planFixes({ name: 'redis', files: stale });
    expect(fixes.map((f) => [f.file, f.written])).toEqual([['hatch.toml', 'rendered from ci/env.yaml']]);
    expect(run({ ...stale, 'hatch.toml': fixes[0].text })).toEqual([]);
  });
});

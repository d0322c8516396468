import { envYamlRule } from './env-yaml-rule';

type Context = Parameters<typeof envYamlRule.check>[0];
const context = (files: Record<string, string>) => ({ name: 'redis', files }) as unknown as Context;

describe('envYamlRule', () => {
  it('reports the env.yaml problems with their positions', () => {
    expect(
      envYamlRule.check(
        context({ 'ci/env.yaml': 'services:\n  redis:\n    image: redis\n    ports: [x]\n    ready: [{ log: up }]\n' }),
      ),
    ).toEqual([
      expect.objectContaining({ ruleId: 'env/schema', file: 'ci/env.yaml', line: 4, column: 13, severity: 'error' }),
    ]);
  });
  it('has nothing to say without the file or about a valid one', () => {
    expect(envYamlRule.check(context({}))).toEqual([]);
    expect(envYamlRule.check(context({ 'ci/env.yaml': 'flavors: {}\nservices: {}\n' }))).toEqual([]);
  });
});

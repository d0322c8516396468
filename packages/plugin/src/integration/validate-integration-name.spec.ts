import { validateIntegrationName } from './validate-integration-name';

describe('validateIntegrationName', () => {
  it.each(['my_integration', 'redis', 'a1', 'nginx_plus', 'x'])('accepts %s', (name) => {
    expect(validateIntegrationName(name)).toBeUndefined();
  });

  it.each([
    ['', 'the name is empty'],
    ['MyIntegration', "contains upper-case letters (try 'my_integration')"],
    ['my-integration', "characters other than a-z, 0-9 and _ (try 'my_integration')"],
    ['1redis', 'does not start with a letter'],
    ['_redis', 'does not start with a letter'],
    ['../evil', "contains a path separator or '..'"],
    ['a/b', "contains a path separator or '..'"],
    ['a\\b', "contains a path separator or '..'"],
    ['my__integration', 'doubled or trailing underscore'],
    ['redis_', 'doubled or trailing underscore'],
    ['datadog_redis', "starts with 'datadog'"],
  ])('refuses %j because it %s', (name, reason) => {
    const problem = validateIntegrationName(name);
    expect(problem?.reason).toContain(reason);
    expect(problem?.reason).toContain("for example 'my_integration'");
  });
});

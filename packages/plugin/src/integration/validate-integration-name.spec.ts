import { acceptIntegrationName, validateIntegrationName } from './validate-integration-name';

describe('acceptIntegrationName', () => {
  it.each([
    ['my_integration', 'my_integration'],
    ['redis', 'redis'],
    ['a1', 'a1'],
    ['Foo-Bar', 'foo_bar'],
    ['foo bar', 'foo_bar'],
    ['foo.bar', 'foo_bar'],
    ['foo__bar', 'foo_bar'],
    ['FOO', 'foo'],
  ])('accepts %j as %j, as ddev does', (typed, name) => {
    expect(acceptIntegrationName(typed)).toEqual({ name, typed });
  });

  const charset =
    'Names must contain only ASCII letters, digits, dots, hyphens, underscores, or spaces, and must begin and end with an alphanumeric character.';
  it.each([
    ['_foo', `Invalid integration name '_foo'. ${charset}`],
    ['foo_', `Invalid integration name 'foo_'. ${charset}`],
    ['../evil', `Invalid integration name '../evil'. ${charset}`],
    ['a/b', `Invalid integration name 'a/b'. ${charset}`],
    ['', `Invalid integration name ''. ${charset}`],
    ['datadog_redis', 'Integration names cannot start with `datadog`.'],
    ['Datadog-Thing', 'Integration names cannot start with `datadog`.'],
  ])('refuses %j in the words of ddev', (typed, reason) => {
    expect(acceptIntegrationName(typed)).toMatchObject({ reason });
  });

  it('refuses a name that starts with a digit, since its Python module could not be imported', () => {
    expect(acceptIntegrationName('9lives')).toMatchObject({ reason: expect.stringContaining('datadog_checks.9lives') });
  });

  it('refuses a name longer than 40 characters by its length', () => {
    expect(acceptIntegrationName('x'.repeat(41))).toMatchObject({
      reason: expect.stringContaining('has 41 characters'),
    });
    expect(acceptIntegrationName('x'.repeat(40))).toEqual({ name: 'x'.repeat(40), typed: 'x'.repeat(40) });
  });
});

describe('validateIntegrationName', () => {
  it('accepts a folder name in normal form', () => {
    expect(validateIntegrationName('nginx_plus')).toBeUndefined();
  });

  it('refuses a folder name that is not in normal form', () => {
    expect(validateIntegrationName('My-Thing')?.reason).toContain("'my_thing'");
  });
});

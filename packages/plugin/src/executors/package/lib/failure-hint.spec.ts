import { packageFailureHint } from './failure-hint';

describe('packageFailureHint', () => {
  it.each([
    [
      '/usr/bin/python3: No module named build',
      /--builder=build needs PyPA build in the interpreter \(`pip install build`\)/,
    ],
    [
      '× Failed to download `setuptools>=999`',
      /build requirements of integrations\/a\/pyproject.toml could not be installed/,
    ],
    [
      "AttributeError: module 'datadog_checks.a.__about__' has no attribute '__version__'",
      /check integrations\/a\/pyproject.toml/,
    ],
  ])('%s', (output, hint) => {
    expect(packageFailureHint(output, 'integrations/a/pyproject.toml')).toMatch(hint);
  });
});

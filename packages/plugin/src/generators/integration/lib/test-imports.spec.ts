import { sortedTestImports } from './test-imports';

describe('sortedTestImports', () => {
  // The orders ruff 0.11.10 `check --select I --fix` gives with Datadog's settings.
  it.each([
    ['alpha', ['datadog_checks.alpha', 'datadog_checks.base', 'datadog_checks.dev.utils']],
    ['base_x', ['datadog_checks.base', 'datadog_checks.base_x', 'datadog_checks.dev.utils']],
    ['dev_tools', ['datadog_checks.base', 'datadog_checks.dev.utils', 'datadog_checks.dev_tools']],
    ['dev2', ['datadog_checks.base', 'datadog_checks.dev.utils', 'datadog_checks.dev2']],
    ['zeta', ['datadog_checks.base', 'datadog_checks.dev.utils', 'datadog_checks.zeta']],
  ])('puts %s where ruff sorts it', (module, order) => {
    expect(sortedTestImports(module, 'Check').map((line) => line.split(' ')[1])).toEqual(order);
  });
});

import type { Finding, LintRule } from '../../lint-rule';
import { isDdevIntegration, isExcludedFrom } from '../../repository/ddev-overrides';
import { report } from '../rule-helpers';
import { packageDirectory, positionAt, pythonFilesUnder } from './python-source';

/** ddev's test, without the closing parenthesis: a class may also derive from ConfigMixin. Covers `(OpenMetricsBaseCheckV2` too. */
const OPENMETRICS_BASE = '(OpenMetricsBaseCheck';
const NO_LIMIT = 'DEFAULT_METRIC_LIMIT = 0';

export const pythonOpenmetricsLimitRule: LintRule = {
  id: 'python/openmetrics-limit',
  policy: {
    provenance: 'upstream',
    validator: 'openmetrics',
    basis: '`ddev validate openmetrics` (`DEFAULT_METRIC_LIMIT = 0 is missing`)',
  },
  description:
    "An OpenMetrics check turns off the metric limit of the base class: `DEFAULT_METRIC_LIMIT = 0` in the class. Otherwise the base package caps what one check instance may submit, and an endpoint that exposes more series than the cap loses the rest, with only a warning in the Agent's log. As `ddev validate openmetrics` does, every Python file under `datadog_checks/<module>/` of a Python package that derives a class from `OpenMetricsBaseCheckV2` or `OpenMetricsBaseCheck` (the text `(OpenMetricsBaseCheck`) must contain the text `DEFAULT_METRIC_LIMIT = 0`, spaces as written; an integration listed under `[overrides.validate.openmetrics] exclude` in `.ddev/config.toml` is not checked. Bad: `class FooCheck(OpenMetricsBaseCheckV2):` with only `__NAMESPACE__ = 'foo'` in it. Good: the same class with `DEFAULT_METRIC_LIMIT = 0` on its own line. Fix: add `DEFAULT_METRIC_LIMIT = 0` to the class.",
  check: (context) => {
    // ddev's iter_packages: a Python package (pyproject.toml) that is an integration.
    if (!context.exists('pyproject.toml') || !isDdevIntegration(context) || isExcludedFrom(context, 'openmetrics'))
      return [];
    const out: Finding[] = [];
    for (const { path, text } of pythonFilesUnder(context, packageDirectory(context))) {
      const base = text.indexOf(OPENMETRICS_BASE);
      if (base < 0 || text.includes(NO_LIMIT)) continue;
      out.push(
        report(
          path,
          positionAt(text, base + 1),
          'an OpenMetrics check without `DEFAULT_METRIC_LIMIT = 0`: the base class caps the metrics it submits',
          'add `DEFAULT_METRIC_LIMIT = 0` to the class body',
        ),
      );
    }
    return out;
  },
};

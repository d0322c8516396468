import type { Finding, LintRule } from '../../lint-rule';
import { stringAt } from '../../json/json-node';
import type { LintContext } from '../../lint-context';
import { isDdevIntegration, isExcludedFrom } from '../../repository/ddev-overrides';
import { report } from '../rule-helpers';
import { packageDirectory, positionAt, pythonFilesUnder } from './python-source';

/** ddev's patterns, character classes and all: `requests.` then any of those letters, then `(`. */
const REQUESTS_CALL = /requests.[get|post|head|put|patch|delete]*\(/;
const USES_WRAPPER = /self.http|OpenMetricsBaseCheck/;
const WRAPPER_ARGUMENT = /auth=|header=/;
const SKIP = 'SKIP_HTTP_VALIDATION';
/** What ddev looks for in spec.yaml; the classes may match nothing, so `init_config/` and `instances/` suffice. */
const SPEC_TEMPLATES = [
  { section: 'init_config', pattern: /init_config\/[http|openmetrics_legacy|openmetrics]*/ },
  { section: 'instances', pattern: /instances\/[http|openmetrics_legacy|openmetrics]*/ },
];

/** The configuration spec as ddev's `Integration.config_spec` names it. */
function specPath(context: LintContext): string {
  const named = stringAt(context.json('manifest.json')?.root, ['assets', 'integration', 'configuration', 'spec']);
  return named === undefined ? 'assets/configuration/spec.yaml' : named.replace(/^(?:\.\/)+/, '');
}

function checkSpec(context: LintContext): Finding[] {
  const path = specPath(context);
  const text = context.files[path];
  if (text === undefined) return [];
  const lines = text.split('\n');
  return SPEC_TEMPLATES.filter(({ pattern }) => !pattern.test(text)).map(({ section }) => {
    // At the section's own template when there is one, else at the first template, where it belongs.
    const own = lines.findIndex((l) => new RegExp(`template:\\s*${section}\\b`).test(l));
    const index = own >= 0 ? own : lines.findIndex((l) => /template:/.test(l));
    return report(
      path,
      index < 0 ? undefined : { line: index + 1, column: lines[index].indexOf('template:') + 1 },
      `the check uses the HTTP wrapper, but ${path} does not use the \`${section}/http\` (or \`${section}/openmetrics\`, \`${section}/openmetrics_legacy\`) template`,
      `add \`- template: ${section}/http\` to the ${section} section of ${path}, then regenerate conf.yaml.example from the spec`,
    );
  });
}

export const pythonHttpWrapperRule: LintRule = {
  id: 'python/http-wrapper',
  policy: {
    provenance: 'upstream',
    validator: 'http',
    basis:
      '`ddev validate http` (`Check ... uses requests.get( in ..., please use the HTTP wrapper instead`, `Detected ... is missing instances/http or instances/openmetrics_legacy template in spec.yaml`)',
    advicePart: '`auth=` or `header=` next to the wrapper, which ddev only warns about',
  },
  description:
    "The check makes its HTTP requests through the base package's wrapper, `self.http` (or an OpenMetrics base class), which applies the proxy, TLS, authentication, timeout and header options a user configures, and it offers those options in its configuration spec. As `ddev validate http` does, for every Python file under `datadog_checks/<module>/`: a direct call of the requests library (`requests.get(`, `requests.post(`, `requests.head(`, ...) is an error; a file that uses the wrapper makes spec.yaml (when there is one) need the `init_config/http` and `instances/http` templates (or the openmetrics ones); and `auth=` or `header=` in such a file is a warning, as the wrapper sets them from the configuration. A file that mentions `SKIP_HTTP_VALIDATION` anywhere (a comment) is not checked, and neither is an integration listed under `[overrides.validate.http] exclude` in `.ddev/config.toml`. Bad: `requests.get(url, timeout=5)`. Good: `self.http.get(url)`. Fix: call `self.http`, add the templates to spec.yaml, or, for a genuine use of the library, write `# SKIP_HTTP_VALIDATION` in the file.",
  check: (context) => {
    if (!isDdevIntegration(context) || isExcludedFrom(context, 'http')) return [];
    const out: Finding[] = [];
    let usesWrapper = false;
    for (const { path, text } of pythonFilesUnder(context, packageDirectory(context))) {
      if (text.includes(SKIP)) continue;
      const call = REQUESTS_CALL.exec(text);
      if (call) {
        out.push(
          report(
            path,
            positionAt(text, call.index),
            `\`${call[0]}\` calls the requests library directly instead of the HTTP wrapper`,
            'call self.http (self.http.get(url), ...) instead; for a genuine use of requests, write a `# SKIP_HTTP_VALIDATION` comment in the file',
          ),
        );
        continue;
      }
      if (!USES_WRAPPER.test(text)) continue;
      usesWrapper = true;
      const argument = WRAPPER_ARGUMENT.exec(text);
      if (argument) {
        const name = argument[0].replace('=', '');
        out.push(
          report(
            path,
            positionAt(text, argument.index),
            `\`${name}\` is passed next to the HTTP wrapper, which sets it from the configuration`,
            `drop \`${name}=\` and let the user configure it; for a genuine use, write a \`# SKIP_HTTP_VALIDATION\` comment in the file`,
            'warning',
          ),
        );
      }
    }
    return usesWrapper ? [...out, ...checkSpec(context)] : out;
  },
};

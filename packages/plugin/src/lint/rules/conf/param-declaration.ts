import { SPEC_PATH } from '../../../config-spec/rendered-config';
import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

/** What `ddev validate config` accepts after `## @param`: a name, a type, required or optional, maybe a default. */
const PARAM = /^## @param ([a-zA-Z0-9_-]+) +- (.+) - (required|optional)( - default: .*)?$/;

/** The types it accepts (anything starting with `list` too). */
const ACCEPTED_TYPES = /^(?:boolean|string|integer|double|float|object|list.*|dictionary)$/;

/** The example files `ddev validate config` reads of a check without spec.yaml, in its order. */
const LEGACY_FILES = ['auto_conf.yaml', 'conf.yaml.default', 'conf.yaml.example'];

export const confParamDeclarationRule: LintRule = {
  id: 'conf/param-declaration',
  policy: {
    provenance: 'upstream',
    validator: 'config',
    basis:
      '`ddev validate config` reads the example of a check without spec.yaml with its legacy validator, which fails on `Invalid @param declaration` and `Type <type> is not accepted`',
  },
  description:
    'In a check without assets/configuration/spec.yaml, each `## @param` line of its example files (datadog_checks/<check>/data/conf.yaml.example, conf.yaml.default, auto_conf.yaml) reads `## @param <name> - <type> - required` or `## @param <name> - <type> - optional` (then maybe ` - default: <value>`), and the type is one of boolean, string, integer, double, float, object, dictionary, or list... (`list of strings`): `ddev validate config` rejects any other. Bad: `## @param port - number - optional`, `## @param port: integer`. Good: `## @param port - integer - optional - default: 8080`. Fix: write the declaration in that form, with an accepted type (`integer` or `double` for a number). An example rendered from spec.yaml is checked against the spec instead (conf/spec-drift).',
  check: (context) => {
    if (context.exists(SPEC_PATH) || !context.exists(`datadog_checks/${context.name}/__about__.py`)) return [];
    const out: Finding[] = [];
    for (const name of LEGACY_FILES) {
      const file = `datadog_checks/${context.name}/data/${name}`;
      const text = context.files[file];
      const parsed = text === undefined ? undefined : context.yaml(file);
      // Invalid YAML stops ddev before it reads the declarations (conf/invalid-yaml's finding).
      if (!parsed || parsed.doc.errors.length > 0) continue;
      text!.split(/\r?\n/).forEach((line, index) => {
        const declaration = line.trimStart();
        if (!declaration.startsWith('## @param')) return;
        const column = line.length - declaration.length + 1;
        const match = PARAM.exec(declaration);
        if (!match)
          out.push(
            report(
              file,
              { line: index + 1, column },
              `Invalid @param declaration: \`${declaration}\``,
              'write `## @param <name> - <type> - required` or `## @param <name> - <type> - optional - default: <value>`',
            ),
          );
        else if (!ACCEPTED_TYPES.test(match[2]))
          out.push(
            report(
              file,
              { line: index + 1, column },
              `Type ${match[2]} is not accepted (in the declaration of ${match[1]})`,
              'use boolean, string, integer, double, float, object, dictionary or a list type (`list of strings`): `integer` or `double` for a number',
            ),
          );
      });
    }
    return out;
  },
};

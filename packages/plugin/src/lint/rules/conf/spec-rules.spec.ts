import type { RenderedConfig } from '../../../config-spec/rendered-config';
import type { Diagnostic } from '../../../diagnostics/diagnostic';
import type { LintRule } from '../../lint-rule';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { confMissingFileRule } from './missing-file';
import { confSpecDefaultTemplateRule } from './spec-default-template';
import { confSpecDriftRule } from './spec-drift';
import { confSpecInvalidRule } from './spec-invalid';
import { confSpecNotCheckedRule } from './spec-not-checked';

const S = 'assets/configuration/spec.yaml';
const C = 'datadog_checks/foo/data/conf.yaml.example';

const spec = (instances: string) => `name: Foo
files:
- name: foo.yaml
  options:
  - template: init_config
    options:
    - template: init_config/default
  - template: instances
    options:
    - name: host
      required: true
      description: The host.
      value:
        type: string
${instances}    - template: instances/default
`;
const FIELDS = `    - name: duration
      requried: false
      description: How long.
      value:
        type: integer
    - name: tls
      default: false
      description: Use TLS.
      value:
        type: boolean
        example: true
    - name: password
      description: The password.
      value:
        type: string
        secret: true
`;
/** Upstream's closing message, abridged to a few fields of each list. */
const VALID_FIELDS =
  "Option-level fields must be one of the following:\n    - 'description'\n    - 'name'\n    - 'required'\n    - 'secret'\n    - 'value'\nValue-level fields must be one of the following:\n    - 'default'\n    - 'example'\n    - 'type'";
const EXAMPLE = 'init_config:\n\ninstances:\n\n  -\n    host: <HOST>\n    ## @param tags\n    # tags: []\n';

const rendered = (over: Partial<Extract<RenderedConfig, { kind: 'rendered' }>> = {}): RenderedConfig => ({
  kind: 'rendered',
  errors: [],
  files: { 'conf.yaml.example': EXAMPLE },
  renderErrors: {},
  templates: [
    'init_config',
    'init_config/default',
    'instances',
    'instances/default',
    'instances/http',
    'instances/tls',
  ],
  rendererVersion: '40.0.1',
  ...over,
});

function run(
  rule: LintRule,
  files: Record<string, string>,
  renderedConfig?: RenderedConfig,
): Omit<Diagnostic, 'hint'>[] {
  const context = createLintContext({
    name: 'foo',
    files,
    paths: [...Object.keys(files), 'datadog_checks/foo/__init__.py'],
    renderedConfig,
  });
  return checkRule(rule, context).map(({ hint, ...rest }) => {
    if (!hint) throw new Error(`${rule.id} reported without a hint`);
    return rest;
  });
}
const d = (
  ruleId: string,
  file: string,
  line: number,
  column: number,
  message: string,
  severity: Diagnostic['severity'] = 'error',
) => ({ ruleId, severity, file, line, column, message });

describe('conf/spec-drift', () => {
  it.each([
    ['an example as rendered', { [S]: spec(''), [C]: EXAMPLE }, rendered(), []],
    [
      'CRLF line endings, which ddev reads as Python does',
      { [S]: spec(''), [C]: EXAMPLE.replace(/\n/g, '\r\n') },
      rendered(),
      [],
    ],
    [
      'an edited line, at that line',
      { [S]: spec(''), [C]: EXAMPLE.replace('<HOST>', 'localhost') },
      rendered(),
      [d('conf/spec-drift', C, 6, 1, 'conf.yaml.example is not what spec.yaml renders (first difference at line 6)')],
    ],
    [
      'a missing example',
      { [S]: spec('') },
      rendered(),
      [d('conf/spec-drift', C, 1, 1, 'conf.yaml.example is missing: spec.yaml renders one')],
    ],
    [
      'a second rendered file',
      { [S]: spec(''), [C]: EXAMPLE },
      rendered({ files: { 'conf.yaml.example': EXAMPLE, 'auto_conf.yaml': 'ad_identifiers:\n' } }),
      [
        d(
          'conf/spec-drift',
          'datadog_checks/foo/data/auto_conf.yaml',
          1,
          1,
          'auto_conf.yaml is missing: spec.yaml renders one',
        ),
      ],
    ],
    [
      'nothing while the spec has errors',
      { [S]: spec(''), [C]: 'x\n' },
      rendered({ errors: ['foo: Configuration specifications must contain a top-level `files` attribute'], files: {} }),
      [],
    ],
    [
      'nothing for a file the renderer refused',
      { [S]: spec(''), [C]: 'x\n' },
      rendered({
        renderErrors: {
          'conf.yaml.example': ['Description line length of option `host` was over the limit by 3 characters'],
        },
      }),
      [],
    ],
    ['nothing when nobody rendered the spec', { [S]: spec(''), [C]: 'x\n' }, undefined, []],
  ])('%s', (_title, files, rendering, expected) => {
    expect(run(confSpecDriftRule, files, rendering)).toEqual(expected);
  });

  it('shows the first difference and says how to write the example', () => {
    const context = createLintContext({
      name: 'foo',
      files: { [S]: spec(''), [C]: EXAMPLE.replace('<HOST>', 'localhost') },
      renderedConfig: rendered(),
    });
    expect(confSpecDriftRule.check(context)[0].hint).toBe(
      '`nx lint foo --fix` writes it (`ddev validate config --sync` does the same); to change the example, change spec.yaml. The first difference (- on disk, + rendered):\n@@ -3,6 +3,6 @@\n instances:\n \n   -\n-    host: localhost\n+    host: <HOST>\n     ## @param tags\n     # tags: []',
    );
  });
});

describe('conf/spec-invalid', () => {
  it.each([
    [
      'an unknown template, at its line',
      spec('    - template: instances/defualt\n'),
      rendered({
        errors: ['foo, foo.yaml, instances, option #2: Template `instances/defualt` does not exist'],
        files: {},
      }),
      [
        d(
          'conf/spec-invalid',
          S,
          15,
          7,
          "unknown template 'instances/defualt' in instances (did you mean 'instances/default'?)",
        ),
      ],
    ],
    [
      'fields an option or its value may not have, at their keys',
      spec(FIELDS),
      rendered({
        renderErrors: {
          'conf.yaml.example': [
            "Option name 'duration' contains the following invalid option-level fields:\n    - 'requried'",
            "Option name 'tls' contains the following invalid option-level fields:\n    - 'default'",
            "Option name 'password' contains the following invalid value-level fields:\n    - 'secret'",
            VALID_FIELDS,
          ],
        },
      }),
      [
        d(
          'conf/spec-invalid',
          S,
          16,
          7,
          "option 'duration' has an unknown field 'requried' (did you mean 'required'?)",
        ),
        d('conf/spec-invalid', S, 21, 7, "option 'tls' has its 'default' on the option; it belongs under 'value'"),
        d('conf/spec-invalid', S, 30, 9, "the value of option 'password' has the option-level field 'secret'"),
      ],
    ],
    [
      'an option defined twice, at the second',
      spec('    - name: host\n      description: Again.\n      value:\n        type: string\n'),
      rendered({
        errors: ['foo, foo.yaml, instances, option #2: Option name `host` already used by option #1'],
        files: {},
      }),
      [d('conf/spec-invalid', S, 15, 7, "option 'host' is defined twice in instances")],
    ],
    [
      'a description line too long, at that line',
      spec(
        '    - name: port\n      description: |\n        Short.\n        A line that is long.\n      value:\n        type: integer\n',
      ),
      rendered({
        renderErrors: {
          'conf.yaml.example': ['Description line length of option `port` was over the limit by 14 characters'],
        },
      }),
      [
        d(
          'conf/spec-invalid',
          S,
          18,
          1,
          "a line of the description of option 'port' is 14 characters over the 120 that conf.yaml.example allows",
        ),
      ],
    ],
    [
      'an option-level attribute of the wrong type, at its key',
      spec(
        '    - name: port\n      description: The port.\n      required: maybe\n      value:\n        type: integer\n',
      ),
      rendered({ errors: ['foo, foo.yaml, instances, port: Attribute `required` must be true or false'], files: {} }),
      [d('conf/spec-invalid', S, 17, 7, "option 'port' of instances: attribute `required` must be true or false")],
    ],
    [
      'no version anywhere',
      spec(''),
      rendered({
        errors: ['foo: Configuration specifications must contain a top-level `version` attribute'],
        files: {},
      }),
      [
        d(
          'conf/spec-invalid',
          S,
          1,
          1,
          "spec.yaml has no top-level 'version', and datadog_checks/foo/__about__.py gives none (ddev takes the spec's version from it)",
        ),
      ],
    ],
    [
      "a syntax error only Python's reader sees",
      'name: Foo\nfiles: []\n',
      rendered({
        errors: [
          'foo: Unable to parse the configuration specification: while scanning\nfound something\n  in "<unicode string>", line 2, column 8:\n    files: []\n           ^',
        ],
        files: {},
      }),
      [
        d(
          'conf/spec-invalid',
          S,
          2,
          8,
          "spec.yaml is not valid YAML for ddev's reader: while scanning; found something",
        ),
      ],
    ],
    [
      'nothing for a syntax error conf/invalid-yaml reports',
      'files: [\n',
      rendered({
        errors: [
          'foo: Unable to parse the configuration specification: expected\n  in "<unicode string>", line 2, column 1:',
        ],
        files: {},
      }),
      [],
    ],
  ])('%s', (_title, text, rendering, expected) => {
    expect(run(confSpecInvalidRule, { [S]: text }, rendering)).toEqual(expected);
  });
});

describe('conf/spec-not-checked, conf/missing-file and conf/spec-default-template', () => {
  const unavailable: RenderedConfig = {
    kind: 'unavailable',
    reason: 'python3 -m pip could not install datadog-checks-dev 40.0.1: no network',
    hint: 'connect to the package index',
  };

  it('says once, as a warning, that the spec was not checked, and why', () => {
    expect(run(confSpecNotCheckedRule, { [S]: spec('') }, unavailable)).toEqual([
      d(
        'conf/spec-not-checked',
        S,
        1,
        1,
        'spec.yaml and the examples it renders were not checked: python3 -m pip could not install datadog-checks-dev 40.0.1: no network',
        'warning',
      ),
    ]);
    expect(run(confSpecNotCheckedRule, { [S]: spec('') }, rendered())).toEqual([]);
    expect(run(confSpecDriftRule, { [S]: spec('') }, unavailable)).toEqual([]);
  });

  it('leaves a missing example to conf/spec-drift where the spec was rendered, and reports it otherwise', () => {
    const files = { [S]: spec(''), 'datadog_checks/foo/check.py': '' };
    expect(run(confMissingFileRule, files, rendered())).toEqual([]);
    expect(run(confMissingFileRule, files, unavailable)).toEqual([
      d('conf/missing-file', C, 1, 1, 'the check has no conf.yaml.example'),
    ]);
  });

  it('advises the default templates, as ddev means to require them', () => {
    expect(run(confSpecDefaultTemplateRule, { [S]: spec('') })).toEqual([]);
    expect(
      run(confSpecDefaultTemplateRule, { [S]: spec('').replace('    - template: instances/default\n', '') }),
    ).toEqual([
      d(
        'conf/spec-default-template',
        S,
        8,
        1,
        'the instances section uses none of the default templates (instances/default, instances/openmetrics_legacy, instances/openmetrics, instances/jmx)',
        'warning',
      ),
    ]);
  });
});

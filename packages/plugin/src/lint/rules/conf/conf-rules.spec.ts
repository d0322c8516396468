import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { confStructureRule } from './instances-structure';
import { confInvalidYamlRule } from './invalid-yaml';
import { confMissingFileRule } from './missing-file';
import { confParamDeclarationRule } from './param-declaration';

const C = 'datadog_checks/foo/data/conf.yaml.example';

const ABOUT = { 'datadog_checks/foo/__about__.py': "__version__ = '1.0.0'\n" };
const legacy = (...params: string[]) => ({
  ...ABOUT,
  [C]: `init_config:\n\ninstances:\n\n  -\n${params.map((p) => `    ${p}\n    ## The option.\n    #\n    # x: 1\n`).join('\n')}`,
});

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    confParamDeclarationRule,
    'accepts the declarations ddev accepts',
    legacy(
      '## @param url - string - required',
      '## @param port - integer - optional - default: 8080',
      '## @param tags - list of strings - optional',
      '## @param ratio - double - optional',
    ),
    [],
  ],
  [
    confParamDeclarationRule,
    'reports a type ddev does not accept, in its words',
    legacy('## @param url - string - required', '## @param port - number - optional'),
    [d('conf/param-declaration', C, 11, 5, 'Type number is not accepted (in the declaration of port)')],
  ],
  [
    confParamDeclarationRule,
    'reports a declaration ddev cannot read',
    legacy('## @param port: integer'),
    [d('conf/param-declaration', C, 6, 5, 'Invalid @param declaration: `## @param port: integer`')],
  ],
  [
    confParamDeclarationRule,
    'leaves an example rendered from spec.yaml to the spec rules',
    { ...legacy('## @param port - number - optional'), 'assets/configuration/spec.yaml': 'name: Foo\n' },
    [],
  ],
  [
    confParamDeclarationRule,
    'leaves a folder without a check package alone',
    { [C]: legacy('## @param port - number - optional')[C] },
    [],
  ],
  [confMissingFileRule, 'accepts a tile-only integration', { 'manifest.json': '{}' }, []],
  [
    confMissingFileRule,
    'reports a check without an example',
    { 'datadog_checks/foo/check.py': '' },
    [d('conf/missing-file', C, 1, 1, 'the check has no conf.yaml.example')],
  ],
  [
    confMissingFileRule,
    "reports the guide's flat layout without an example",
    { 'check.py': '' },
    [d('conf/missing-file', 'conf.yaml.example', 1, 1, 'the check has no conf.yaml.example')],
  ],
  [
    confMissingFileRule,
    "accepts the guide's flat layout with its example",
    { 'check.py': '', 'conf.yaml.example': 'init_config:\ninstances:\n  - {}\n' },
    [],
  ],
  [
    confInvalidYamlRule,
    'reports a syntax error at its line',
    { [C]: 'init_config:\ninstances:\n  - a: b: c\n' },
    [
      d(
        'conf/invalid-yaml',
        C,
        3,
        8,
        `${C} is not valid YAML: Nested mappings are not allowed in compact mappings at line 3, column 8:`,
      ),
    ],
  ],
  [
    confInvalidYamlRule,
    'reports nesting too deep to read, rather than crashing',
    { [C]: 'init_config:\ninstances: ' + '['.repeat(5_000) },
    [d('conf/invalid-yaml', C, 1, 1, `${C} is not valid YAML: collections nested too deeply for the YAML reader`)],
  ],
  [confStructureRule, 'says nothing more about a file too deep to read', { [C]: '- '.repeat(5_000) }, []],
  [
    confStructureRule,
    'accepts a commented-out instance',
    { [C]: 'init_config:\ninstances:\n  -\n    # host: x\n' },
    [],
  ],
  [
    confStructureRule,
    'reports missing sections',
    { [C]: 'foo: 1\n' },
    [
      d('conf/structure', C, 1, 1, 'no init_config section', 'warning'),
      d('conf/structure', C, 1, 1, 'no instances section'),
    ],
  ],
  [
    confStructureRule,
    'reports instances that are a mapping',
    { [C]: 'init_config:\ninstances:\n  host: x\n' },
    [d('conf/structure', C, 2, 1, 'instances must be a non-empty list of mappings')],
  ],
  [
    confStructureRule,
    'accepts the commented logs section of a logs-only integration',
    {
      [C]: '## Log Section\n#\n# logs:\n#   - type: file\n',
      'assets/configuration/spec.yaml': 'name: Foo\nfiles:\n- name: foo.yaml\n  options:\n  - template: logs\n',
    },
    [],
  ],
  [
    confStructureRule,
    'still reports an empty example when the spec has instances beside logs',
    {
      [C]: '# logs:\n',
      'assets/configuration/spec.yaml': 'files:\n- options:\n  - template: instances\n  - template: logs\n',
    },
    [d('conf/structure', C, 1, 1, `${C} must be a mapping with init_config and instances`)],
  ],
];

describe('configuration rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

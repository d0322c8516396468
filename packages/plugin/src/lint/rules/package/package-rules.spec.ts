import { d, MANIFEST_V1, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { packageNameRule } from './package-name';
import { requirementsConflictRule } from './requirements-conflicting-pins';
import { requirementsNewlineRule } from './requirements-final-newline';
import { packageVersionRule } from './version-agreement';
import { packageVersionPathRule } from './version-path';

const P = 'pyproject.toml';
const A = 'datadog_checks/foo_bar/__about__.py';
const pyproject = (project: string) =>
  `[build-system]\nrequires = ["setuptools"]\n\n[project]\n${project}\ndynamic = ["version"]\n`;
const about = (version: string) => ({ [A]: `__version__ = '${version}'\n` });
const manifest = (version: string) => ({
  'manifest.json': MANIFEST_V1.replace('"version": "0.1.0"', `"version": "${version}"`),
});

const HATCH = '\n[tool.hatch.version]\npath = "datadog_checks/foo_bar/__about__.py"\n';

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    packageVersionPathRule,
    'accepts the version read from __about__.py',
    { [P]: pyproject('name = "datadog-foo-bar"') + HATCH },
    [],
  ],
  [
    packageVersionPathRule,
    "reports a pyproject.toml without the version path, in ddev's words",
    { [P]: pyproject('name = "datadog-foo-bar"') },
    [
      d(
        'package/version-path',
        P,
        1,
        1,
        'The field `tool.hatch.version.path` in foo_bar/pyproject.toml must be set to: datadog_checks/foo_bar/__about__.py (it is not set)',
      ),
    ],
  ],
  [
    packageVersionPathRule,
    'reports another path at its line',
    { [P]: pyproject('name = "datadog-foo-bar"') + HATCH.replace('__about__', 'version') },
    [
      d(
        'package/version-path',
        P,
        9,
        1,
        "The field `tool.hatch.version.path` in foo_bar/pyproject.toml must be set to: datadog_checks/foo_bar/__about__.py (it is 'datadog_checks/foo_bar/version.py')",
      ),
    ],
  ],
  [packageVersionPathRule, 'leaves invalid TOML to package/name', { [P]: '[project]\nname = \n' }, []],
  [packageNameRule, 'accepts datadog-<name> with dashes', { [P]: pyproject('name = "datadog-foo-bar"') }, []],
  [
    packageNameRule,
    'reports another name',
    { [P]: pyproject('name = "foo_bar"') },
    [d('package/name', P, 5, 1, "package name 'foo_bar' should be 'datadog-foo-bar'")],
  ],
  [
    packageNameRule,
    'reports invalid TOML at its line',
    { [P]: '[project]\nname = \n' },
    [d('package/name', P, 2, 8, 'pyproject.toml is not valid TOML: Invalid TOML document: invalid value')],
  ],
  [
    packageVersionRule,
    'accepts one version everywhere',
    { ...about('1.2.3'), ...manifest('1.2.3'), [P]: pyproject('name = "datadog-foo-bar"') },
    [],
  ],
  [
    packageVersionRule,
    'reports a v1 manifest that disagrees',
    { ...about('1.2.3'), ...manifest('1.2.4') },
    [
      d(
        'package/version',
        'manifest.json',
        10,
        3,
        "manifest version '1.2.4' differs from __about__.py ('1.2.3')",
        'warning',
      ),
    ],
  ],
  [
    packageVersionRule,
    'reports a version repeated in pyproject.toml',
    { ...about('1.2.3'), [P]: pyproject('name = "datadog-foo-bar"\nversion = "1.0.0"') },
    [
      d(
        'package/version',
        P,
        6,
        1,
        "pyproject.toml repeats the version ('1.0.0'), and __about__.py says '1.2.3'",
        'warning',
      ),
    ],
  ],
  [
    packageVersionRule,
    'reports an __about__.py without __version__',
    { [A]: 'VERSION = 1\n' },
    [d('package/version', A, 1, 1, '__about__.py does not set __version__')],
  ],
  [
    packageVersionRule,
    'reports a version that is not x.y.z',
    about('1.2'),
    [d('package/version', A, 1, 1, "__version__ '1.2' is not a version (x.y.z)")],
  ],
  [packageVersionRule, 'accepts a pre-release as ddev writes it', about('1.2.3-rc.1'), []],
  [packageVersionRule, 'accepts a pre-release in PEP 440 form', about('1.2.3rc1'), []],
  [
    packageVersionRule,
    'reports a version with a local part, which release refuses',
    about('1.2.3+build.5'),
    [d('package/version', A, 1, 1, "__version__ '1.2.3+build.5' is not a version (x.y.z)")],
  ],
  [requirementsNewlineRule, 'accepts a final new line', { 'requirements.txt': 'a==1\n' }, []],
  [
    requirementsNewlineRule,
    'reports a missing final new line',
    { 'requirements.txt': '# deps\na==1' },
    [
      d(
        'requirements/final-newline',
        'requirements.txt',
        2,
        5,
        'requirements.txt does not end with a new line',
        'warning',
      ),
    ],
  ],
  [
    requirementsConflictRule,
    'accepts one pin per package',
    { 'requirements.txt': 'a==1\nb>=2 ; python_version > "3"\n' },
    [],
  ],
  [
    requirementsConflictRule,
    'reports two pins of one package, names compared as pip does',
    { 'requirements.txt': 'Foo_Bar==1.0\nfoo-bar==2.0\n' },
    [
      d(
        'requirements/conflicting-pins',
        'requirements.txt',
        2,
        1,
        'foo-bar==2.0 conflicts with foo-bar==1.0 on line 1',
      ),
    ],
  ],
  [
    requirementsConflictRule,
    'reports contradictory pins on one line',
    { 'requirements.txt': 'a==1,==2\n' },
    [d('requirements/conflicting-pins', 'requirements.txt', 1, 1, 'a is pinned to 1 and 2 at once')],
  ],
  [
    requirementsConflictRule,
    'warns about a package listed twice',
    { 'requirements.txt': 'a>=1\na<3\n' },
    [d('requirements/conflicting-pins', 'requirements.txt', 2, 1, 'a is already listed on line 1', 'warning')],
  ],
];

describe('package and requirements rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files, 'foo_bar')).toEqual(expected);
    },
  );
});

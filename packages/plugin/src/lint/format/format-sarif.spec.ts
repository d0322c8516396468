import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintRule } from '../lint-rule';
import { formatSarif, type SarifRuleDoc } from './format-sarif';

const finding = (ruleId: string, line = 1): Diagnostic => ({
  ruleId,
  severity: 'error',
  file: 'datadog_checks/foo/check.py',
  line,
  column: 8,
  message: 'm',
});
const OWN: LintRule = {
  id: 'python/base-imports',
  description: 'Imports come from datadog_checks.base.',
  policy: { provenance: 'upstream', validator: 'imports', basis: 'ddev validate imports' },
  check: () => [],
};
const F401: SarifRuleDoc = {
  id: 'python/F401',
  name: 'unused-import',
  shortDescription: 'Checks for unused imports.',
  fullDescription: '## What it does\nChecks for unused imports.',
  helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
};
const FORMAT: SarifRuleDoc = {
  id: 'python/format',
  shortDescription: 'A file `ruff format` would rewrite.',
  fullDescription: "Datadog's CI fails on it.",
  helpUri: 'https://docs.astral.sh/ruff/formatter/',
};
const rulesOf = (diagnostics: Diagnostic[], otherRules?: SarifRuleDoc[]) =>
  JSON.parse(formatSarif('integrations/foo', diagnostics, { rules: [OWN], otherRules }, '1.0.0')).runs[0].tool.driver
    .rules;

describe('formatSarif', () => {
  it.each<[string, Diagnostic[], SarifRuleDoc[] | undefined, unknown[]]>([
    [
      "lint's own rule: its id, then its paragraph",
      [finding('python/base-imports')],
      undefined,
      [
        {
          id: 'python/base-imports',
          shortDescription: { text: 'python/base-imports' },
          fullDescription: { text: 'Imports come from datadog_checks.base.' },
        },
      ],
    ],
    [
      "ruff's rules: name, descriptions and page, sorted by id",
      [finding('python/format'), finding('python/F401', 2), finding('python/F401', 3)],
      [FORMAT, F401],
      [
        {
          id: 'python/F401',
          name: 'unused-import',
          shortDescription: { text: 'Checks for unused imports.' },
          fullDescription: { text: '## What it does\nChecks for unused imports.' },
          helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
        },
        {
          id: 'python/format',
          shortDescription: { text: 'A file `ruff format` would rewrite.' },
          fullDescription: { text: "Datadog's CI fails on it." },
          helpUri: 'https://docs.astral.sh/ruff/formatter/',
        },
      ],
    ],
    [
      'only the rules that fired',
      [finding('python/base-imports')],
      [F401],
      [
        {
          id: 'python/base-imports',
          shortDescription: { text: 'python/base-imports' },
          fullDescription: { text: 'Imports come from datadog_checks.base.' },
        },
      ],
    ],
    [
      "lint's own rule wins over a doc of the same id",
      [finding('python/base-imports')],
      [{ ...F401, id: 'python/base-imports' }],
      [
        {
          id: 'python/base-imports',
          shortDescription: { text: 'python/base-imports' },
          fullDescription: { text: 'Imports come from datadog_checks.base.' },
        },
      ],
    ],
    [
      'an id nothing describes: its id alone',
      [finding('python/E999')],
      [F401],
      [{ id: 'python/E999', shortDescription: { text: 'python/E999' } }],
    ],
  ])('%s', (_, diagnostics, otherRules, expected) => {
    expect(rulesOf(diagnostics, otherRules)).toEqual(expected);
  });

  it('points each result at its rule and its place', () => {
    const diagnostics = [finding('python/format'), { ...finding('python/F401', 2), hint: 'remove it' }];
    const log = JSON.parse(formatSarif('integrations/foo', diagnostics, { rules: [], otherRules: [F401] }, '1.0.0'));
    expect(log.runs[0].tool.driver).toMatchObject({ name: '@dd/plugin lint', version: '1.0.0' });
    expect(log.runs[0].results).toEqual([
      {
        ruleId: 'python/format',
        ruleIndex: 1,
        level: 'error',
        message: { text: 'm' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'integrations/foo/datadog_checks/foo/check.py' },
              region: { startLine: 1, startColumn: 8 },
            },
          },
        ],
      },
      {
        ruleId: 'python/F401',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'm. Fix: remove it' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'integrations/foo/datadog_checks/foo/check.py' },
              region: { startLine: 2, startColumn: 8 },
            },
          },
        ],
      },
    ]);
  });
});

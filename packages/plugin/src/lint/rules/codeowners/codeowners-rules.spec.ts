import { d, MANIFEST_V1, source } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import type { RepositoryContext } from '../../integration-source';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { codeownersIntegrationEntryRule } from './integration-entry';
import { codeownersLogsOwnerRule, LOGS_TEAM } from './logs-owner';

const CO = '.github/CODEOWNERS';
const LOGS = 'assets/logs/foo.yaml';

/** Runs a rule over `foo` in a repository whose CODEOWNERS says `codeowners` (undefined: no file). */
function run(
  rule: LintRule,
  codeowners: string | undefined,
  files: Record<string, string> = { 'manifest.json': MANIFEST_V1 },
  projectPath = 'foo',
  name = 'foo',
) {
  const repository: RepositoryContext = {
    projectPath,
    ...(codeowners === undefined ? {} : { codeowners: { path: CO, text: codeowners } }),
  };
  return checkRule(rule, createLintContext({ ...source(files, name), repository })).map((d) => {
    const { hint: _hint, ...rest } = d;
    return rest;
  });
}

describe('codeowners/integration-entry', () => {
  it.each([
    ['reports nothing without CODEOWNERS', undefined, []],
    ['accepts a line with a team first', `/bar/ @b\n/foo/   @acme/team support@acme.com\n`, []],
    [
      'reports a missing line',
      '/bar/ @b\n/foo/* @a\n',
      [
        d(
          codeownersIntegrationEntryRule.id,
          'manifest.json',
          1,
          1,
          'no line of .github/CODEOWNERS names /foo/ as its path: the integration has no code owners',
        ),
      ],
    ],
    [
      'reports a line without owner',
      '/foo/\n',
      [
        d(
          codeownersIntegrationEntryRule.id,
          'manifest.json',
          1,
          1,
          'line 1 of .github/CODEOWNERS names /foo/ without an owner',
        ),
      ],
    ],
    [
      'reports an e-mail address first',
      '# owners\n/foo/ support@acme.com @acme/team\n',
      [
        d(
          codeownersIntegrationEntryRule.id,
          'manifest.json',
          1,
          1,
          "line 2 of .github/CODEOWNERS has /foo/ with the first owner 'support@acme.com', not a GitHub user or team (@user, @org/team)",
        ),
      ],
    ],
    [
      'reports a space but no owner',
      '/foo/ \n',
      [
        d(
          codeownersIntegrationEntryRule.id,
          'manifest.json',
          1,
          1,
          'line 1 of .github/CODEOWNERS has a space but no owner after /foo/',
        ),
      ],
    ],
  ])('%s', (_title, codeowners, expected) => {
    expect(run(codeownersIntegrationEntryRule, codeowners)).toEqual(expected);
  });

  it('lets the tiles ddev knows keep an e-mail address first', () => {
    expect(
      run(codeownersIntegrationEntryRule, '/1e/ support@1e.com\n', { 'manifest.json': MANIFEST_V1 }, '1e', '1e'),
    ).toEqual([]);
  });

  it('finds a nested integration by its path from the repository root, and reports where it can', () => {
    expect(run(codeownersIntegrationEntryRule, '/integrations/foo/ @a\n', {}, 'integrations/foo')).toEqual([]);
    expect(run(codeownersIntegrationEntryRule, '/foo/ @a\n', { 'pyproject.toml': '' }, 'integrations/foo')).toEqual([
      d(
        codeownersIntegrationEntryRule.id,
        'pyproject.toml',
        1,
        1,
        'no line of .github/CODEOWNERS names /integrations/foo/ as its path: the integration has no code owners',
      ),
    ]);
  });
});

describe('codeowners/logs-owner', () => {
  const withLogs = { 'manifest.json': MANIFEST_V1, [LOGS]: 'id: foo\n' };
  it.each([
    ['reports nothing without CODEOWNERS', undefined, withLogs, []],
    ['reports nothing for an integration without log assets', '/foo/ @a\n', { 'manifest.json': MANIFEST_V1 }, []],
    ['accepts the team on the last line that matches', `/foo/ @a\n**/assets/logs/ ${LOGS_TEAM}\n`, withLogs, []],
    [
      'reports a later line that takes the team away',
      `**/assets/logs/ ${LOGS_TEAM}\n/foo/assets/ @acme/team\n`,
      withLogs,
      [
        d(
          codeownersLogsOwnerRule.id,
          LOGS,
          1,
          1,
          `line 2 of .github/CODEOWNERS (/foo/assets/) owns /foo/assets/logs/ without ${LOGS_TEAM}`,
        ),
      ],
    ],
    [
      'reports log assets nobody owns',
      '/bar/ @b\n',
      withLogs,
      [d(codeownersLogsOwnerRule.id, LOGS, 1, 1, 'no line of .github/CODEOWNERS owns /foo/assets/logs/')],
    ],
    [
      'reports a pattern ddev cannot read',
      `/foo/[ab ${LOGS_TEAM}\n`,
      withLogs,
      [
        d(
          codeownersLogsOwnerRule.id,
          LOGS,
          1,
          1,
          '.github/CODEOWNERS cannot be read: unterminated character class in pattern /foo/[ab',
        ),
      ],
    ],
  ])('%s', (_title, codeowners, files, expected) => {
    expect(run(codeownersLogsOwnerRule, codeowners, files)).toEqual(expected);
  });
});

import { parseRuffRules, ruffRulePurpose, RuffRulesOutputError, type RuffRule } from './parse-ruff-rules';

/** Two entries of `ruff rule --all --output-format=json` (ruff 0.11.10), explanations shortened. */
const RUFF_RULES = JSON.stringify([
  {
    name: 'unused-import',
    code: 'F401',
    linter: 'Pyflakes',
    summary: '`{name}` imported but unused; consider using `importlib.util.find_spec` to test for availability',
    message_formats: ['`{name}` imported but unused'],
    fix: 'Fix is sometimes available.',
    explanation: '## What it does\nChecks for unused imports.\n\n## Why is this bad?\nUnused imports add overhead.\n',
    preview: false,
  },
  {
    name: 'missing-type-self',
    code: 'ANN101',
    linter: 'flake8-annotations',
    summary: 'Missing type annotation for `{name}` in method',
    message_formats: ['Missing type annotation for `{name}` in method'],
    fix: 'Fix is not available.',
    explanation:
      '## Removed\nThis rule has been removed.\n\n## What it does\nChecks that instance method `self` arguments\nhave type annotations.\n\n## Example\n',
    preview: false,
  },
]);

describe('parseRuffRules', () => {
  it("reads each rule's code, name, summary and explanation, by code", () => {
    const rules = parseRuffRules(RUFF_RULES);
    expect([...rules.keys()]).toEqual(['F401', 'ANN101']);
    expect(rules.get('F401')).toEqual({
      code: 'F401',
      name: 'unused-import',
      summary: '`{name}` imported but unused; consider using `importlib.util.find_spec` to test for availability',
      explanation: '## What it does\nChecks for unused imports.\n\n## Why is this bad?\nUnused imports add overhead.\n',
    });
  });

  it('leaves out an entry without a code or a name, and reads a missing text as empty', () => {
    const json = JSON.stringify([{ name: 'x' }, { code: 'X1' }, null, { code: 'X2', name: 'x-two', summary: 3 }]);
    expect([...parseRuffRules(json).values()]).toEqual([{ code: 'X2', name: 'x-two', summary: '', explanation: '' }]);
  });

  it.each([
    ['not JSON', 'error: unexpected argument', /^ruff's rule list is not JSON: /],
    ['not an array', '{"F401": {}}', "ruff's rule list is not a JSON array but object"],
  ])('says what is wrong with output that is %s', (_, json, message) => {
    expect(() => parseRuffRules(json)).toThrow(RuffRulesOutputError);
    expect(() => parseRuffRules(json)).toThrow(message);
  });
});

describe('ruffRulePurpose', () => {
  const rule = (explanation: string): RuffRule => ({ code: 'X1', name: 'x', summary: 'The summary', explanation });
  it.each([
    [
      'the first paragraph of "What it does"',
      '## What it does\nChecks for unused imports.\n\n## Why',
      'Checks for unused imports.',
    ],
    [
      'its lines joined, after a section before it',
      '## Removed\nGone.\n\n## What it does\nChecks that `self`\n  has a type.\n\n## Example\n',
      'Checks that `self` has a type.',
    ],
    ['up to the next heading', '## What it does\nChecks a thing.\n## Why', 'Checks a thing.'],
    ['to the end of the text', '## What it does\nChecks a thing.', 'Checks a thing.'],
    ['the summary without that section', '## Why is this bad?\nIt is.', 'The summary'],
    ['the summary without an explanation', '', 'The summary'],
  ])('is %s', (_, explanation, purpose) => {
    expect(ruffRulePurpose(rule(explanation))).toBe(purpose);
  });
});

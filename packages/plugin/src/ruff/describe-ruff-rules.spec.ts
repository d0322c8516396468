import { describeRuffRules, ruffCode } from './describe-ruff-rules';
import type { RuffRule } from './parse-ruff-rules';

const F401: RuffRule = {
  code: 'F401',
  name: 'unused-import',
  summary: '`{name}` imported but unused',
  explanation: '## What it does\nChecks for unused imports.\n\n## Why is this bad?\nOverhead.\n',
};
const RULES = new Map([['F401', F401]]);

describe('describeRuffRules', () => {
  it.each([
    [
      "a ruff code from ruff's rule list: its purpose, explanation and page",
      'python/F401',
      RULES,
      {
        id: 'python/F401',
        name: 'unused-import',
        shortDescription: 'Checks for unused imports.',
        fullDescription: '## What it does\nChecks for unused imports.\n\n## Why is this bad?\nOverhead.\n',
        helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
      },
    ],
    [
      'a code the list lacks: the command that explains it and the rule index',
      'python/F401',
      new Map(),
      {
        id: 'python/F401',
        shortDescription: 'ruff rule F401',
        fullDescription: 'A finding of `ruff check`, rule F401: `ruff rule F401` explains it.',
        helpUri: 'https://docs.astral.sh/ruff/rules/',
      },
    ],
    [
      "a syntax error, which has no code and no url in ruff's output",
      'python/syntax-error',
      RULES,
      expect.objectContaining({ id: 'python/syntax-error', helpUri: 'https://docs.astral.sh/ruff/linter/' }),
    ],
    [
      'a file ruff format would rewrite',
      'python/format',
      RULES,
      expect.objectContaining({ id: 'python/format', helpUri: 'https://docs.astral.sh/ruff/formatter/' }),
    ],
    [
      'ruff that could not run',
      'python/ruff-failed',
      new Map(),
      expect.objectContaining({ id: 'python/ruff-failed', shortDescription: 'ruff could not run.' }),
    ],
  ])('describes %s', (_, id, rules, doc) => {
    expect(describeRuffRules([id], rules)).toEqual([doc]);
  });

  it("describes each id once, in order, and leaves lint's own python rules to lint", () => {
    const ids = ['python/format', 'python/F401', 'python/base-imports', 'python/F401', 'metadata/unknown-unit'];
    expect(describeRuffRules(ids, RULES).map((doc) => doc.id)).toEqual(['python/format', 'python/F401']);
  });
});

describe('ruffCode', () => {
  it.each([
    ['python/F401', 'F401'],
    ['python/PLR0913', 'PLR0913'],
    ['python/format', undefined],
    ['python/base-imports', undefined],
    ['metadata/F401', undefined],
  ])('%s: %s', (id, code) => {
    expect(ruffCode(id)).toBe(code);
  });
});

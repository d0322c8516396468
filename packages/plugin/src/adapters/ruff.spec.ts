import { splitRuffFindings } from './ruff';

const finding = (filename: string, code: string | null = 'F401') => ({ code, message: 'm', filename, location: { row: 2, column: 5 }, fix: null, url: 'https://docs.astral.sh/ruff/rules/x' });

describe('splitRuffFindings', () => {
  it('gives each integration the findings under its folder, paths relative to it', () => {
    const json = JSON.stringify([finding('/ws/integrations/a/datadog_checks/a/check.py'), finding('/ws/integrations/ab/tests/x.py', null)]);
    const split = splitRuffFindings(['/ws/integrations/a', '/ws/integrations/ab', '/ws/integrations/c'], json);
    expect(split.get('/ws/integrations/a')).toEqual([
      { ruleId: 'python/F401', severity: 'error', file: 'datadog_checks/a/check.py', line: 2, column: 5, message: 'm', hint: 'see https://docs.astral.sh/ruff/rules/x' },
    ]);
    expect(split.get('/ws/integrations/ab')?.map((d) => [d.ruleId, d.file])).toEqual([['python/syntax-error', 'tests/x.py']]);
    expect(split.get('/ws/integrations/c')).toEqual([]);
  });
});

import { listSafeFixes, splitRuffFindings } from './parse-ruff-check';

type Fix = { applicability: string; message: string } | null;
const finding = (filename: string, code: string | null = 'F401', fix: Fix = null) => ({
  code,
  message: 'm',
  filename,
  location: { row: 2, column: 5 },
  fix,
  url: 'https://docs.astral.sh/ruff/rules/x',
});

describe('splitRuffFindings', () => {
  it('gives each integration the findings under its folder, paths relative to it', () => {
    const json = JSON.stringify([
      finding('/ws/integrations/a/datadog_checks/a/check.py'),
      finding('/ws/integrations/ab/tests/x.py', null),
    ]);
    const split = splitRuffFindings(['/ws/integrations/a', '/ws/integrations/ab', '/ws/integrations/c'], json);
    expect(split.get('/ws/integrations/a')).toEqual([
      {
        ruleId: 'python/F401',
        severity: 'error',
        file: 'datadog_checks/a/check.py',
        line: 2,
        column: 5,
        message: 'm',
        hint: 'see https://docs.astral.sh/ruff/rules/x',
      },
    ]);
    expect(split.get('/ws/integrations/ab')?.map((d) => [d.ruleId, d.file])).toEqual([
      ['python/syntax-error', 'tests/x.py'],
    ]);
    expect(split.get('/ws/integrations/c')).toEqual([]);
  });

  it('takes the hint from the fix when there is one', () => {
    const json = JSON.stringify([
      finding('/ws/a/x.py', 'I001', { applicability: 'safe', message: 'Organize imports' }),
    ]);
    expect(splitRuffFindings(['/ws/a'], json).get('/ws/a')?.[0].hint).toBe('Organize imports');
  });
});

describe('listSafeFixes', () => {
  it('lists, per file, the codes whose fix ruff applies without --unsafe-fixes', () => {
    const json = JSON.stringify([
      finding('/ws/a/tests/test_x.py', 'UP032', { applicability: 'safe', message: 'Convert to f-string' }),
      finding('/ws/a/tests/test_x.py', 'I001', { applicability: 'safe', message: 'Organize imports' }),
      finding('/ws/a/tests/test_x.py', 'I001', { applicability: 'safe', message: 'Organize imports' }),
      finding('/ws/a/check.py', 'B006', { applicability: 'unsafe', message: 'Replace with None' }),
      finding('/ws/a/check.py', 'E741', { applicability: 'display-only', message: 'x' }),
      finding('/ws/a/check.py', 'F401'),
    ]);
    expect(listSafeFixes('/ws/a', json)).toEqual([{ file: 'tests/test_x.py', codes: ['I001', 'UP032'] }]);
  });

  it('finds nothing in empty output', () => {
    expect(listSafeFixes('/ws/a', '')).toEqual([]);
  });
});

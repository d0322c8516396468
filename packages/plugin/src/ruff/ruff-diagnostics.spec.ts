import { renderRuffFixNotes } from './render-ruff-fix-notes';
import { formatChangeDiagnostic, ruffFailedDiagnostic } from './ruff-diagnostics';

describe('formatChangeDiagnostic', () => {
  it('points at the first change and says how many there are', () => {
    expect(formatChangeDiagnostic({ file: 'datadog_checks/foo/check.py', line: 4, hunks: 3 }, 'foo')).toEqual({
      ruleId: 'python/format',
      severity: 'error',
      file: 'datadog_checks/foo/check.py',
      line: 4,
      column: 1,
      message: 'ruff format would reformat this file (3 changes)',
      hint: 'nx lint foo --fix formats it',
    });
    expect(formatChangeDiagnostic({ file: 'a.py', line: 1, hunks: 1 }, 'foo').message).toBe(
      'ruff format would reformat this file (1 change)',
    );
  });
});

describe('ruffFailedDiagnostic', () => {
  it('is an error at pyproject.toml that says why and how to fix it', () => {
    expect(ruffFailedDiagnostic('no pip', 'set DD_RUFF')).toEqual({
      ruleId: 'python/ruff-failed',
      severity: 'error',
      file: 'pyproject.toml',
      line: 1,
      column: 1,
      message: 'ruff could not run: no pip',
      hint: 'set DD_RUFF',
    });
  });
});

describe('renderRuffFixNotes', () => {
  it('says, file by file, what ruff format and ruff check --fix changed', () => {
    const notes = renderRuffFixNotes('integrations/foo', {
      formatted: ['datadog_checks/foo/check.py'],
      fixed: [{ file: 'tests/test_x.py', codes: ['I001', 'UP032'] }],
    });
    expect(notes).toEqual([
      'formatted integrations/foo/datadog_checks/foo/check.py (ruff format)',
      'fixed integrations/foo/tests/test_x.py: I001, UP032 (ruff check --fix)',
    ]);
  });
});

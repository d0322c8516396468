import { onlyUnparsableFiles, summarizeRuffErrors } from './read-ruff-errors';

/** What ruff 0.11.10 prints for a settings file it cannot read. */
const BAD_SETTINGS = [
  'ruff failed',
  '  Cause: Failed to load configuration `/ws/pyproject.toml`',
  '  Cause: Failed to parse /ws/pyproject.toml',
  '  Cause: TOML parse error at line 2, column 13',
  '  |',
  '2 | select=["F"',
  '  |             ^',
  'invalid array',
  'expected `]`',
  '',
].join('\n');

describe('summarizeRuffErrors', () => {
  it('keeps the causes on one line, without the drawing', () => {
    expect(summarizeRuffErrors(BAD_SETTINGS)).toBe(
      'ruff failed Cause: Failed to load configuration `/ws/pyproject.toml` Cause: Failed to parse /ws/pyproject.toml Cause: TOML parse error at line 2, column 13 invalid array expected `]`',
    );
  });
});

describe('onlyUnparsableFiles', () => {
  it.each([
    [
      'a file ruff format cannot parse',
      'error: Failed to parse datadog_checks/foo/bad.py:1:12: Expected a parameter\n',
      true,
    ],
    ['with a warning beside it', 'warning: something\nerror: Failed to parse a.py:1:1: x\n', true],
    ['settings ruff cannot read', BAD_SETTINGS, false],
    ['no output at all', '', false],
  ])('%s: %s', (_, stderr, expected) => {
    expect(onlyUnparsableFiles(stderr)).toBe(expected);
  });
});

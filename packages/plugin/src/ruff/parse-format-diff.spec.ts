import { parseFormatDiff } from './parse-format-diff';

/** Output of `ruff format --check --diff` 0.11.10 over two files. */
const RUFF_DIFF = [
  '--- datadog_checks/foo/two.py',
  '+++ datadog_checks/foo/two.py',
  '@@ -1,10 +1,5 @@',
  ' x = 1',
  ' ',
  ' ',
  '-',
  '-',
  '-',
  '-',
  ' y = 2',
  '-z = [1,',
  '-  2]',
  '+z = [1, 2]',
  '',
  '--- tests/test_x.py',
  '+++ tests/test_x.py',
  '@@ -1,2 +1,3 @@',
  '-import sys,os',
  '+import sys, os',
  '+',
  ' print("{}".format(1))',
  '',
].join('\n');

describe('parseFormatDiff', () => {
  it('gives each file the old line of its first change and its number of hunks', () => {
    expect(parseFormatDiff(RUFF_DIFF)).toEqual([
      { file: 'datadog_checks/foo/two.py', line: 4, hunks: 1 },
      { file: 'tests/test_x.py', line: 1, hunks: 1 },
    ]);
  });

  it('counts every hunk of a file', () => {
    const diff = [
      '--- a.py',
      '+++ a.py',
      '@@ -1,4 +1,4 @@',
      ' a',
      '-b=1',
      '+b = 1',
      ' c',
      ' d',
      '@@ -20,3 +20,3 @@',
      ' e',
      '-f=2',
      '+f = 2',
      ' g',
      '',
    ].join('\n');
    expect(parseFormatDiff(diff)).toEqual([{ file: 'a.py', line: 2, hunks: 2 }]);
  });

  it('reads removed lines that look like file headers as part of the hunk', () => {
    const diff = ['--- a.py', '+++ a.py', '@@ -3,2 +3,1 @@', '--- x', '++x', ' y', ''].join('\n');
    expect(parseFormatDiff(diff)).toEqual([{ file: 'a.py', line: 3, hunks: 1 }]);
  });

  it('places a pure insertion at the old line it goes before, within the hunk', () => {
    const diff = ['--- a.py', '+++ a.py', '@@ -5,2 +5,3 @@', ' a', ' b', '+', '\\ No newline at end of file', ''].join(
      '\n',
    );
    expect(parseFormatDiff(diff)).toEqual([{ file: 'a.py', line: 6, hunks: 1 }]);
  });

  it('finds nothing in an empty diff', () => {
    expect(parseFormatDiff('')).toEqual([]);
  });
});

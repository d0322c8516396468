import { parseNameStatus } from './change-set';

describe('parseNameStatus', () => {
  it('tells deleted files from the others, names with spaces and newlines intact', () => {
    const output = ['M', 'a/README.md', 'A', 'b/new file.py', 'D', 'c/gone.py', 'T', 'd/link', 'M', 'e/odd\nname', ''];
    expect(parseNameStatus(output.join('\0'))).toEqual({
      modified: ['a/README.md', 'b/new file.py', 'd/link', 'e/odd\nname'],
      deleted: ['c/gone.py'],
    });
  });

  it('reads an empty diff as no change', () => {
    expect(parseNameStatus('')).toEqual({ modified: [], deleted: [] });
  });
});

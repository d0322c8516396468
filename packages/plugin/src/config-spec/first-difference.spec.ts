import { firstDifference } from './first-difference';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);
const text = (l: string[]) => `${l.join('\n')}\n`;

describe('firstDifference', () => {
  it('finds no difference in equal files, nor in line endings Python reads as the same', () => {
    expect(firstDifference('a\nb\n', 'a\nb\n')).toBeUndefined();
    expect(firstDifference('a\r\nb\r\n', 'a\nb\n')).toBeUndefined();
  });

  it('points at the first changed line of the disk, with three lines of context', () => {
    const disk = lines(10);
    const rendered = [...disk];
    rendered[5] = 'line six';
    expect(firstDifference(text(disk), text(rendered))).toEqual({
      line: 6,
      diff: [
        '@@ -3,7 +3,7 @@',
        ' line 3',
        ' line 4',
        ' line 5',
        '-line 6',
        '+line six',
        ' line 7',
        ' line 8',
        ' line 9',
      ],
    });
  });

  it('shows lines the disk lacks and lines it has in excess', () => {
    const disk = lines(6);
    expect(firstDifference(text(disk), text([...disk.slice(0, 2), 'new', ...disk.slice(2)]))?.diff).toEqual([
      '@@ -1,5 +1,6 @@',
      ' line 1',
      ' line 2',
      '+new',
      ' line 3',
      ' line 4',
      ' line 5',
    ]);
    expect(firstDifference(text(disk), text([...disk.slice(0, 2), ...disk.slice(3)]))).toEqual({
      line: 3,
      diff: ['@@ -1,6 +1,5 @@', ' line 1', ' line 2', '-line 3', ' line 4', ' line 5', ' line 6'],
    });
  });

  it('points at the end of a file that stops short, or lacks its final new line', () => {
    expect(firstDifference('a\nb\n', 'a\nb\nc\n')).toEqual({ line: 2, diff: ['@@ -1,2 +1,3 @@', ' a', ' b', '+c'] });
    expect(firstDifference('a\nb', 'a\nb\n')).toEqual({
      line: 2,
      diff: ['@@ -2,1 +2,1 @@', '-b', '\\ No newline at end of file', '+b'],
    });
  });

  it('keeps the diff short', () => {
    const found = firstDifference(text(lines(100)), text(lines(100).map((l) => `${l}!`)));
    expect(found?.line).toBe(1);
    expect(found?.diff).toHaveLength(15);
    expect(found?.diff.at(-1)).toBe('… 187 more changed lines');
  });
});

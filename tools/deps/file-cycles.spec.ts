import { commonFolder, fileEdges, findFileCycles, formatFileCycles } from './file-cycles';
import type { ImportLine } from './read-imports';

/** An import line of a synthetic tree, written `file -> target`. */
function edge(file: string, target: string, line = 1, specifier = `./${target.split('/').pop()}`): ImportLine {
  return { file, line, specifier, target };
}

describe('commonFolder', () => {
  it('names the deepest folder that holds every file, or the root', () => {
    expect(commonFolder(['env/a.ts', 'env/b.ts'])).toBe('env');
    expect(commonFolder(['lint/fix/a.ts', 'lint/rules/b.ts'])).toBe('lint');
    expect(commonFolder(['lint/a.ts', 'lint/fix/b.ts'])).toBe('lint');
    expect(commonFolder(['a/x.ts', 'b/y.ts'])).toBe('');
    expect(commonFolder(['index.ts', 'a/x.ts'])).toBe('');
  });
});

describe('fileEdges', () => {
  it('keeps the first line per pair of files and ignores a file importing itself', () => {
    const edges = fileEdges([edge('a/x.ts', 'a/y.ts', 2), edge('a/x.ts', 'a/y.ts', 9), edge('a/x.ts', 'a/x.ts')]);
    expect(edges).toEqual([{ from: 'a/x.ts', to: 'a/y.ts', example: edge('a/x.ts', 'a/y.ts', 2) }]);
  });
});

describe('findFileCycles', () => {
  const service = [
    edge('env/service.ts', 'env/attach.ts', 1),
    edge('env/service.ts', 'env/start.ts', 2),
    edge('env/attach.ts', 'env/service.ts', 3),
    edge('env/start.ts', 'env/service.ts', 4),
    edge('env/start.ts', 'env/plan.ts', 5),
  ];

  it('reports a loop between the files of one folder, with one import line for each edge', () => {
    const cycles = findFileCycles(service);
    expect(cycles.map((c) => [c.folder, c.files, c.path])).toEqual([
      ['env', ['attach.ts', 'service.ts', 'start.ts'], ['attach.ts', 'service.ts', 'attach.ts']],
    ]);
    expect(formatFileCycles(cycles)).toBe(
      [
        'file import loop in env/: attach.ts -> service.ts -> attach.ts (one of the loops among attach.ts, service.ts, start.ts)',
        '  attach.ts -> service.ts: env/attach.ts:3 imports ./service.ts',
        '  service.ts -> attach.ts: env/service.ts:1 imports ./attach.ts',
        '  service.ts -> start.ts: env/service.ts:2 imports ./start.ts',
        '  start.ts -> service.ts: env/start.ts:4 imports ./service.ts',
      ].join('\n'),
    );
  });

  it('finds nothing when the files of a folder import each other one way', () => {
    expect(findFileCycles(service.filter((e) => e.file !== 'env/service.ts'))).toEqual([]);
  });

  it('finds a loop through a file of another folder, named from the folder that holds both', () => {
    const through = [edge('lint/fix/a.ts', 'lint/model/b.ts'), edge('lint/model/b.ts', 'lint/fix/a.ts')];
    expect(formatFileCycles(findFileCycles(through))).toMatch(
      /^file import loop in lint\/: fix\/a\.ts -> model\/b\.ts -> fix\/a\.ts\n/,
    );
  });

  it('names the source root when the loop spans top-level folders', () => {
    const top = [edge('index.ts', 'a/x.ts'), edge('a/x.ts', 'index.ts')];
    expect(formatFileCycles(findFileCycles(top))).toMatch(
      /^file import loop in the source root: a\/x\.ts -> index\.ts/,
    );
  });
});

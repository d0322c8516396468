import { findFolderCycles, folderEdges, formatFolderCycles, nodeOf } from './folder-cycles';
import type { ImportLine } from './read-imports';

/** An import line of a synthetic tree: `a/x.ts` imports `../b/y`, written `a/x.ts -> b/y.ts`. */
function edge(file: string, target: string, line = 1): ImportLine {
  return { file, line, specifier: `./${target}`, target };
}

describe('nodeOf', () => {
  it('names the folder (or file) directly under the scope', () => {
    expect(nodeOf('lint/rules/env/schema.ts', '')).toBe('lint');
    expect(nodeOf('index.ts', '')).toBe('index.ts');
    expect(nodeOf('lint/rules/env/schema.ts', 'lint/rules')).toBe('env');
    expect(nodeOf('lint/rules/index.ts', 'lint/rules')).toBe('index.ts');
  });

  it('leaves out what is outside the scope', () => {
    expect(nodeOf('lint/run-rules.ts', 'lint/rules')).toBeUndefined();
    expect(nodeOf('lint/rulesets/x.ts', 'lint/rules')).toBeUndefined();
    expect(nodeOf('../package.json', '')).toBeUndefined();
  });
});

describe('folderEdges', () => {
  it('keeps one example per pair of folders, counts the lines, and ignores imports within a folder', () => {
    const edges = folderEdges([edge('a/x.ts', 'b/y.ts', 3), edge('a/z.ts', 'b/w.ts', 7), edge('a/x.ts', 'a/z.ts')], '');
    expect(edges).toEqual([{ scope: '', from: 'a', to: 'b', example: edge('a/x.ts', 'b/y.ts', 3), count: 2 }]);
  });
});

describe('findFolderCycles', () => {
  const looped = [
    edge('lint/rules/index.ts', 'environments/env-yaml-rule.ts', 85),
    edge('environments/check-env-file.ts', 'lint/diagnostic.ts', 1),
    edge('environments/read-env-file.ts', 'lint/diagnostic.ts', 2),
    edge('lint/run.ts', 'yaml/parse.ts'),
  ];

  it('reports a loop between folders with one import line for each edge', () => {
    const cycles = findFolderCycles(looped, ['']);
    expect(cycles.map((c) => [c.folders, c.path])).toEqual([
      [
        ['environments', 'lint'],
        ['environments', 'lint', 'environments'],
      ],
    ]);
    expect(formatFolderCycles(cycles)).toBe(
      [
        'folder import loop in the source root: environments -> lint -> environments',
        '  environments -> lint: environments/check-env-file.ts:1 imports ./lint/diagnostic.ts (and 1 more)',
        '  lint -> environments: lint/rules/index.ts:85 imports ./environments/env-yaml-rule.ts',
      ].join('\n'),
    );
  });

  it('finds nothing when the imports go one way', () => {
    expect(findFolderCycles(looped.slice(1), [''])).toEqual([]);
  });

  it('names every folder of a loop longer than the path it shows', () => {
    const three = [
      edge('a/x.ts', 'b/x.ts'),
      edge('b/x.ts', 'a/x.ts'),
      edge('b/x.ts', 'c/x.ts'),
      edge('c/x.ts', 'a/x.ts'),
    ];
    expect(formatFolderCycles(findFolderCycles(three, ['']))).toMatch(
      /^folder import loop in the source root: a -> b -> a \(one of the loops among a, b, c\)\n/,
    );
  });

  it('compares the sibling folders of a deeper scope, and only those', () => {
    const rules = [edge('lint/rules/a/x.ts', 'lint/rules/b/y.ts'), edge('lint/rules/b/y.ts', 'lint/rules/a/z.ts')];
    expect(findFolderCycles(rules, ['']).length).toBe(0);
    expect(formatFolderCycles(findFolderCycles(rules, ['lint/rules']))).toMatch(
      /^folder import loop in lint\/rules\/: a -> b -> a\n/,
    );
  });
});

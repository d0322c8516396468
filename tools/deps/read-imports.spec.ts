import { parseRelativeImports, resolveImport } from './read-imports';

describe('parseRelativeImports', () => {
  it('reads relative imports, type imports, re-exports and import() with their lines', () => {
    const text = [
      "import { join } from 'node:path';",
      "import type { Diagnostic } from '../diagnostics/diagnostic';",
      '',
      "export { report } from './rule-helpers';",
      "const lazy = () => import('../adapters/run-process');",
    ].join('\n');
    expect(parseRelativeImports(text)).toEqual([
      { specifier: '../diagnostics/diagnostic', line: 2 },
      { specifier: './rule-helpers', line: 4 },
      { specifier: '../adapters/run-process', line: 5 },
    ]);
  });
});

describe('resolveImport', () => {
  const files = new Set(['lint/run.ts', 'lint/rules/index.ts', 'generators/integration/schema.d.ts']);

  it('finds the .ts file, the folder index or the declaration file', () => {
    expect(resolveImport('lint/format/x.ts', '../run', files)).toBe('lint/run.ts');
    expect(resolveImport('lint/x.ts', './rules', files)).toBe('lint/rules/index.ts');
    expect(resolveImport('generators/integration/generator.ts', './schema', files)).toBe(
      'generators/integration/schema.d.ts',
    );
  });

  it('keeps the bare path of a file it does not know', () => {
    expect(resolveImport('executors/lint/schema.ts', './schema.json', files)).toBe('executors/lint/schema.json');
  });
});

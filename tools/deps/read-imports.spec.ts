import { parseRelativeImports } from './read-imports';

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

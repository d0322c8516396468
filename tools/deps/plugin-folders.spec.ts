import { join } from 'node:path';
import { findFolderCycles, formatFolderCycles } from './folder-cycles';
import { readImports } from './read-imports';

const SOURCE = join(__dirname, '..', '..', 'packages', 'plugin', 'src');

/** The folders directly under src/, and the siblings inside these, must not import each other in a loop. */
const SCOPES = ['', 'executors', 'generators', 'lint/rules'];

/**
 * What the build ships (tsconfig.lib.json leaves out specs and __fixtures__): a spec may
 * exercise several folders together, e.g. lint's rules over the integration generator's output.
 */
const shipped = (file: string) => !file.endsWith('.spec.ts') && !file.split('/').includes('__fixtures__');

describe('the folders of packages/plugin/src', () => {
  it('import each other without a loop', () => {
    const imports = readImports(SOURCE, shipped);
    expect(imports.length).toBeGreaterThan(100);
    const cycles = findFolderCycles(imports, SCOPES);
    if (cycles.length > 0) {
      throw new Error(
        `${formatFolderCycles(cycles)}\n\nMove what both sides need into a folder of its own, or turn one import around.`,
      );
    }
  });
});

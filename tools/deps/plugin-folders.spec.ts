import { join } from 'node:path';
import { findFileCycles, formatFileCycles } from './file-cycles';
import { findFolderCycles, formatFolderCycles } from './folder-cycles';
import { readImports } from './read-imports';
import { findUpwardImports, formatUpwardImports } from './upward-imports';

const SOURCE = join(__dirname, '..', '..', 'packages', 'plugin', 'src');

/** The folders directly under src/, and the siblings inside these, must not import each other in a loop. */
const SCOPES = ['', 'executors', 'generators', 'lint/rules'];

/**
 * The side-effect shell of the plugin: what Nx and the command line call, and the adapters that
 * perform effects. It may import anything; nothing outside it imports it. Every `adapters/` folder
 * belongs to it (src/adapters/, ci-plan/adapters/).
 * - executors/, plugins/, generators/: the entry points Nx loads (executors.json, generators.json,
 *   the plugin's createNodes); they connect the ports and call the domain.
 * - nx-release/: the VersionActions `nx release` loads, a thin shell over release/.
 * - index.ts: the package's entry point.
 * - ci-plan/main.ts and ci-plan/commands/: the ci-plan command line (ci-plan/cli.js starts main.ts);
 *   the rest of ci-plan/ is its pure core.
 * Every other folder (environments/, lint/, publish/, release/, python/, ...) is domain: it
 * receives its effects as ports (e.g. the EnvironmentEngine) or hands data to the shell.
 */
const SHELL = [
  'executors/',
  'plugins/',
  'generators/',
  'nx-release/',
  'index.ts',
  'ci-plan/main.ts',
  'ci-plan/commands/',
];

/**
 * What the build ships (tsconfig.lib.json leaves out specs and __fixtures__): a spec may
 * exercise several folders together, e.g. lint's rules over the integration generator's output.
 */
const shipped = (file: string) => !file.endsWith('.spec.ts') && !file.split('/').includes('__fixtures__');

describe('the files of packages/plugin/src', () => {
  const imports = readImports(SOURCE, shipped);

  it('are read', () => {
    expect(imports.length).toBeGreaterThan(100);
  });

  it('import each other without a loop between folders', () => {
    const cycles = findFolderCycles(imports, SCOPES);
    if (cycles.length > 0) {
      throw new Error(
        `${formatFolderCycles(cycles)}\n\nMove what both sides need into a folder of its own, or turn one import around.`,
      );
    }
  });

  it('import each other without a loop between files, within a folder or across folders', () => {
    const cycles = findFileCycles(imports);
    if (cycles.length > 0) {
      throw new Error(
        `${formatFileCycles(cycles)}\n\nLet the types a module's callers need live with the module that defines the contract, or make one side stop needing the other.`,
      );
    }
  });

  it('never import the shell from domain code', () => {
    const upward = findUpwardImports(imports, SHELL);
    if (upward.length > 0) {
      throw new Error(
        `${formatUpwardImports(upward)}\n\nPass the effect in as a port (a function or interface the shell implements), or move the code into adapters/.`,
      );
    }
  });
});

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, runOk } from './run';
import { packPlugin, type TestWorkspace } from './test-workspace';

/**
 * A snapshot of DataDog/integrations-extras (a git clone, or a bare git directory with its
 * history) named by DD_INTEGRATIONS_EXTRAS. It is code written by others: suites and benchmarks
 * copy it into temporary folders and never into this repository.
 */
export function extrasSnapshot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.DD_INTEGRATIONS_EXTRAS;
  return path && existsSync(resolve(path)) ? resolve(path) : undefined;
}

export const EXTRAS_HOW_TO =
  'set DD_INTEGRATIONS_EXTRAS to a git clone of DataDog/integrations-extras (its whole history)';

/** An adopted repository, driven as a test workspace is. */
export type AdoptedWorkspace = TestWorkspace;

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

/**
 * The README's adoption steps on a clone of a repository: `npm install --save-dev` of the packed
 * plugin, `npx nx g @dd/plugin:init`, and a commit of what they wrote.
 */
export function adoptRepository(source: string, name: string): AdoptedWorkspace {
  const root = mkdtempSync(join(tmpdir(), `dd-adopt-${name}-`));
  runOk('git', ['clone', '--quiet', source, root], tmpdir());
  runOk(
    'npm',
    ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', packPlugin()],
    root,
  );
  const git = (args: readonly string[]) => runOk('git', args, root, GIT_ENV);
  const nxBin = join(root, 'node_modules', '.bin', 'nx');
  runOk(nxBin, ['g', '@dd/plugin:init'], root);
  git(['add', '-A']);
  git(['commit', '--quiet', '-m', 'Adopt @dd/plugin']);
  return {
    root,
    nx: (args, env) => run(nxBin, args, root, env),
    nxOk: (args, env) => runOk(nxBin, args, root, env),
    git,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

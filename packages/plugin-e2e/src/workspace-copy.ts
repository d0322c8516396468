import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, runOk, type RunResult } from './run';

export const repoRoot = join(__dirname, '..', '..', '..');

export interface WorkspaceCopy {
  root: string;
  nx(args: readonly string[], env?: Record<string, string>): RunResult;
  nxOk(args: readonly string[], env?: Record<string, string>): RunResult;
  git(args: readonly string[]): RunResult;
  /** Commits everything with a message and returns the new commit's hash. */
  commit(message: string): string;
  dispose(): void;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

/**
 * A copy of this repository's own workspace (the files git tracks or would track, as they are in
 * the working tree) in a new git repository, with the plugin loaded from the copy's source. Its
 * node_modules links to this repository's packages, and @dd/plugin to the copy. Integrations are
 * left out but for those named.
 */
export function copyThisWorkspace(name: string, integrations: readonly string[] = []): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), `dd-e2e-${name}-`));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(
      (f) => f && (!f.startsWith('integrations/') || integrations.some((i) => f.startsWith(`integrations/${i}/`))),
    );
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(root, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(join(root, 'integrations'), { recursive: true });
  mkdirSync(join(root, 'node_modules', '@dd'), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry !== '@dd') symlinkSync(join(repoRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  symlinkSync(join(root, 'packages', 'plugin'), join(root, 'node_modules', '@dd', 'plugin'));
  // npm nests the plugin's own versions of packages it shares with the tools (execa 9 beside jest's execa 5)
  const nested = join(repoRoot, 'packages', 'plugin', 'node_modules');
  if (existsSync(nested)) symlinkSync(nested, join(root, 'packages', 'plugin', 'node_modules'));
  const git = (args: readonly string[]) => runOk('git', args, root, GIT_ENV);
  git(['init', '--quiet', '--initial-branch=main']);
  const nxBin = join(root, 'node_modules', '.bin', 'nx');
  return {
    root,
    nx: (args, env) => run(nxBin, args, root, env),
    nxOk: (args, env) => runOk(nxBin, args, root, env),
    git,
    commit: (message) => {
      git(['add', '-A']);
      git(['commit', '--quiet', '-m', message]);
      return git(['rev-parse', 'HEAD']).stdout.trim();
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, runOk, type RunResult } from './run';

const repoRoot = join(__dirname, '..', '..', '..');

export interface TestWorkspace {
  root: string;
  /** Runs the workspace's own nx CLI. */
  nx(args: readonly string[], env?: Record<string, string>): RunResult;
  nxOk(args: readonly string[], env?: Record<string, string>): RunResult;
  git(args: readonly string[]): RunResult;
  dispose(): void;
}

let packed: string | undefined;

/** Builds @dd/plugin and packs it as a tarball, once per test process. */
export function packPlugin(): string {
  if (packed) return packed;
  runOk(process.execPath, [join(repoRoot, 'tools', 'build-plugin.js')], repoRoot);
  const dir = mkdtempSync(join(tmpdir(), 'dd-plugin-pack-'));
  runOk('npm', ['pack', join(repoRoot, 'dist', 'packages', 'plugin'), '--pack-destination', dir, '--silent'], repoRoot);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack left no tarball in ${dir}`);
  packed = join(dir, tarball);
  return packed;
}

/**
 * A new workspace in a temporary folder, set up as a user would: a package.json with nx,
 * `npm install` of the packed plugin, `nx g @dd/plugin:init`, and a git repository.
 */
export interface TestWorkspaceOptions {
  /** Integrations at the root, as in integrations-extras: the plugin is registered with `integrations: '*'` before init. */
  integrationsAtRoot?: boolean;
  /** Files written before init, by path. */
  files?: Record<string, string>;
}

export function createTestWorkspace(name: string, options: TestWorkspaceOptions = {}): TestWorkspace {
  const root = mkdtempSync(join(tmpdir(), `dd-e2e-${name}-`));
  const nxVersion = require(join(repoRoot, 'node_modules', 'nx', 'package.json')).version as string;
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify(
      { name: `e2e-${name}`, private: true, devDependencies: { nx: nxVersion, '@dd/plugin': `file:${packPlugin()}` } },
      null,
      2,
    ),
  );
  writeFileSync(
    join(root, 'nx.json'),
    JSON.stringify(
      {
        $schema: './node_modules/nx/schemas/nx-schema.json',
        ...(options.integrationsAtRoot ? { plugins: [{ plugin: '@dd/plugin', options: { integrations: '*' } }] } : {}),
      },
      null,
      2,
    ),
  );
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n.nx/\n');
  writeFileSync(join(root, '.env'), 'NX_ISOLATE_PLUGINS=false\n');
  if (!options.integrationsAtRoot) mkdirSync(join(root, 'integrations'));
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], root);
  const git = (args: readonly string[]) =>
    runOk('git', args, root, {
      GIT_AUTHOR_NAME: 'e2e',
      GIT_AUTHOR_EMAIL: 'e2e@example.com',
      GIT_COMMITTER_NAME: 'e2e',
      GIT_COMMITTER_EMAIL: 'e2e@example.com',
    });
  git(['init', '--quiet', '--initial-branch=main']);
  const nxBin = join(root, 'node_modules', '.bin', 'nx');
  const workspace: TestWorkspace = {
    root,
    nx: (args, env) => run(nxBin, args, root, env),
    nxOk: (args, env) => runOk(nxBin, args, root, env),
    git,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  workspace.nxOk(['g', '@dd/plugin:init']);
  git(['add', '-A']);
  git(['commit', '--quiet', '-m', 'workspace']);
  return workspace;
}

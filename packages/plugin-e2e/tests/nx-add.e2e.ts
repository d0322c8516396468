import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNpmRegistryServer, type NpmRegistryServer } from '../src/npm-registry-server';
import { runOk, type RunResult } from '../src/run';
import { packPlugin } from '../src/test-workspace';

/**
 * `npx nx add @dd/plugin`, the README's adoption, against a real npm registry on 127.0.0.1 that
 * serves the packed plugin: in a workspace with a package.json, and in a repository without one
 * (integrations at the root, as in integrations-extras). Adding twice changes nothing.
 */
const repoRoot = join(__dirname, '..', '..', '..');
const NX_VERSION = require(join(repoRoot, 'node_modules', 'nx', 'package.json')).version as string;
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
};

let registry: NpmRegistryServer;
const roots: string[] = [];

beforeAll(async () => {
  registry = await startNpmRegistryServer();
  registry.publish(packPlugin());
}, 300_000);

afterAll(async () => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  await registry?.stop();
});

/** A git repository in a temporary folder with these files and a `.npmrc` naming the registry, committed. */
function createRepository(name: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), `dd-e2e-nx-add-${name}-`));
  roots.push(root);
  for (const [path, content] of Object.entries({ ...files, '.npmrc': `${registry.npmrcLine}\n` })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function git(root: string, args: readonly string[]): RunResult {
  return runOk('git', args, root, GIT_ENV);
}

function commitAll(root: string, message: string): void {
  git(root, ['add', '-A']);
  git(root, ['commit', '--quiet', '-m', message]);
}

function npx(root: string, args: readonly string[]): RunResult {
  return runOk('npx', args, root);
}

function readJson(root: string, path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
}

function pluginEntries(root: string): unknown[] {
  const plugins = (readJson(root, 'nx.json').plugins ?? []) as unknown[];
  return plugins.filter((p) => p === '@dd/plugin' || (p as { plugin?: string }).plugin === '@dd/plugin');
}

/** A second `nx add` on the committed result leaves the working tree as it was. */
function expectSecondAddChangesNothing(root: string): void {
  commitAll(root, 'Add @dd/plugin');
  npx(root, ['nx', 'add', '@dd/plugin']);
  expect(git(root, ['status', '--porcelain']).stdout).toBe('');
}

describe('nx add @dd/plugin from an npm registry', () => {
  it('adds the plugin to a workspace with a package.json, once', () => {
    const root = createRepository('package-json', {
      'package.json': JSON.stringify({ private: true, devDependencies: { nx: NX_VERSION } }, null, 2),
      '.gitignore': 'node_modules/\n',
    });
    runOk('npm', ['install', ...NPM_FLAGS], root);
    git(root, ['init', '--quiet', '--initial-branch=main']);
    commitAll(root, 'workspace');

    npx(root, ['nx', 'add', '@dd/plugin']);

    const devDependencies = readJson(root, 'package.json').devDependencies as Record<string, string>;
    expect(devDependencies['@dd/plugin']).toBeDefined();
    expect(pluginEntries(root)).toHaveLength(1);
    npx(root, ['nx', 'show', 'projects']);
    expectSecondAddChangesNothing(root);
  }, 300_000);

  it('adopts a repository without a package.json, integrations at the root, once', () => {
    const manifest = (name: string) =>
      JSON.stringify({ manifest_version: '2.0.0', app_id: name, tile: { title: name } }, null, 2);
    const root = createRepository('extras', {
      'alpha/manifest.json': manifest('alpha'),
      'beta/manifest.json': manifest('beta'),
      'README.md': '# Integrations\n',
    });
    git(root, ['init', '--quiet', '--initial-branch=master']);
    commitAll(root, 'integrations');

    runOk('npm', ['install', '--save-dev', ...NPM_FLAGS, `nx@${NX_VERSION}`], root);
    npx(root, ['nx', 'add', '@dd/plugin']);

    expect(pluginEntries(root)).toEqual([{ plugin: '@dd/plugin', options: { integrations: '*' } }]);
    const projects = JSON.parse(npx(root, ['nx', 'show', 'projects', '--json']).stdout) as string[];
    expect(projects).toEqual(expect.arrayContaining(['alpha', 'beta']));
    expectSecondAddChangesNothing(root);
  }, 300_000);
});

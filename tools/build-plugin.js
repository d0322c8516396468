#!/usr/bin/env node
/**
 * Builds @dd/plugin for publication into dist/packages/plugin: compiles the TypeScript and
 * copies what the compiled code reads at run time (schemas, generator templates, the pytest
 * plugin, the registries, ruff's baseline settings). The published package needs no TypeScript transpiler.
 */
const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const source = join(root, 'packages', 'plugin');
const out = join(root, 'dist', 'packages', 'plugin');

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(source, 'tsconfig.lib.json')], {
  stdio: 'inherit',
});

/** Copies every file under src/ that is not TypeScript: schema.json files and templates. */
function copyAssets(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (!path.endsWith('.ts') || path.endsWith('.d.ts') || path.includes(join('files', ''))) {
      const target = join(out, relative(source, path));
      mkdirSync(join(target, '..'), { recursive: true });
      cpSync(path, target);
    }
  }
}
copyAssets(join(source, 'src'));
cpSync(join(source, 'python'), join(out, 'python'), { recursive: true, filter: (p) => !p.includes('__pycache__') });
for (const file of ['generators.json', 'executors.json', 'README.md', 'ruff-baseline.toml']) {
  try {
    cpSync(join(source, file), join(out, file));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
}
const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
delete pkg.nx;
pkg.main = './src/index.js';
pkg.types = './src/index.d.ts';
pkg.peerDependencies = { nx: require(join(root, 'node_modules', 'nx', 'package.json')).version };
writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`Built @dd/plugin ${pkg.version} into ${relative(root, out)}`);

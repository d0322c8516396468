import type { ExecutorContext } from '@nx/devkit';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';

const GENERATED_DIRS = new Set(['__pycache__', '.pytest_cache', '.ruff_cache', 'build']);

/** Lists generated folders below a root (caches, egg-info), without entering the virtualenv. */
function findGenerated(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.venv' || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (GENERATED_DIRS.has(entry.name) || entry.name.endsWith('.egg-info')) found.push(path);
      else walk(path);
    }
  };
  if (existsSync(root)) walk(root);
  return found;
}

/** `nx run <integration>:clean`: the guide's `rake clean_env`, for one integration. */
export default async function cleanExecutor(_options: unknown, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const targets = [paths.venvDir, paths.outputRoot, ...findGenerated(paths.projectRoot)].filter((p) => existsSync(p));
    for (const target of targets) {
      rmSync(target, { recursive: true, force: true });
      console.log(`removed ${relative(paths.workspaceRoot, target)}`);
    }
    if (targets.length === 0) console.log(`${paths.projectName}: nothing to clean.`);
    return true;
  });
}

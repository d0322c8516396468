import type { ExecutorContext } from '@nx/devkit';
import { join, relative } from 'node:path';
import { workspacePythonDependencies } from '../../python/workspace-python-dependencies';
import { pluginVersion } from '../../plugin-version';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { ensureEnvironment } from './lib/ensure-environment';
import { normalizeSetupOptions } from './lib/normalize-options';
import type { SetupExecutorSchema } from './schema';

/** `nx run <integration>:setup`: the integration's own Python environment. */
export default async function setupExecutor(options: SetupExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const normalized = normalizeSetupOptions(options, process.env);
    const dependencies = context.projectGraph
      ? workspacePythonDependencies(context.projectGraph, paths.projectName).map((root) => join(paths.workspaceRoot, root))
      : [];
    const result = await ensureEnvironment(paths, normalized, pluginVersion(), dependencies);
    const where = relative(paths.workspaceRoot, paths.venvDir);
    console.log(
      result.changed
        ? `Python environment ${where} ready (${result.installer}, ${(result.durationMs / 1000).toFixed(1)} s).`
        : `Python environment ${where} is up to date.`,
    );
    return true;
  });
}

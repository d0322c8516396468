import type { ExecutorContext } from '@nx/devkit';
import { join, relative } from 'node:path';
import { workspacePythonDependencies } from '../../python/workspace-python-dependencies';
import { pluginVersion } from '../../plugin-version';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { describeSetupResult } from './lib/describe-result';
import { ensureVirtualenv, singleTaskIo } from './lib/ensure-virtualenv';
import { normalizeSetupOptions } from './lib/normalize-options';
import type { SetupExecutorSchema } from './schema';

/** The absolute roots of the workspace Python projects a project requires (installed editable). */
export function dependencyRoots(context: ExecutorContext, workspaceRoot: string, projectName: string): string[] {
  return context.projectGraph
    ? workspacePythonDependencies(context.projectGraph, projectName).map((root) => join(workspaceRoot, root))
    : [];
}

/** `nx run <integration>:setup`: the integration's own Python environment. */
export default async function setupExecutor(options: SetupExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const normalized = normalizeSetupOptions(options, process.env);
    const io = singleTaskIo(paths.workspaceRoot, normalized, (line) => console.log(line));
    const result = await ensureVirtualenv(
      paths,
      normalized,
      pluginVersion(),
      dependencyRoots(context, paths.workspaceRoot, paths.projectName),
      io,
    );
    console.log(describeSetupResult(relative(paths.workspaceRoot, paths.venvDir), result));
    return true;
  });
}

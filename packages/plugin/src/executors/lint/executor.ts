import type { ExecutorContext } from '@nx/devkit';
import { relative } from 'node:path';
import { readRepositoryFiles } from '../../adapters/read-repository-files';
import { pluginVersion } from '../../plugin-version';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { collectConfigRenders } from './lib/config-renders';
import { diskLintIo } from './lib/lint-io';
import { lintProject, renderTaskOutput } from './lib/lint-project';
import { normalizeLintOptions } from './lib/normalize-options';
import { collectPythonFindings } from './lib/python-findings';
import type { LintExecutorSchema } from './schema';

/**
 * `nx lint <integration>`: ruff (with --fix, ruff's formatter and safe fixes first) and the
 * rendering of spec.yaml, then every file rule; errors fail the target. Many integrations at once go through the batch
 * implementation (batch.ts), in one process.
 */
export default async function lintExecutor(options: LintExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const normalized = normalizeLintOptions(options, { isTTY: process.stdout.isTTY === true, env: process.env });
    const paths = resolveProjectPaths(context);
    const target = { projectRoot: paths.projectRoot, displayRoot: relative(paths.workspaceRoot, paths.projectRoot).split('\\').join('/'), repository: readRepositoryFiles(paths.workspaceRoot) };
    // spec.yaml renders while ruff runs (they read different files); awaited before the rules.
    const rendering = collectConfigRenders([paths.projectRoot], { workspaceRoot: paths.workspaceRoot, checksDev: normalized.checksDev, log: (line) => console.error(line) });
    rendering.catch(() => undefined);
    const python = normalized.python
      ? (await collectPythonFindings([{ ...target, project: context.projectName ?? target.displayRoot, fix: normalized.fix }], { workspaceRoot: paths.workspaceRoot, ruff: normalized.ruff, log: (line) => console.error(line) })).get(paths.projectRoot)
      : undefined;
    const linted = lintProject({ ...target, renderedConfig: (await rendering).get(paths.projectRoot) }, python?.diagnostics, normalized, diskLintIo, pluginVersion());
    const result = { ...linted, notes: [...(python?.notes ?? []), ...linted.notes] };
    if (normalized.format === 'json' || normalized.format === 'sarif') for (const note of result.notes) console.error(note);
    console.log(renderTaskOutput(result, normalized));
    return result.success;
  });
}

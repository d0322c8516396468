import type { ExecutorContext } from '@nx/devkit';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { readIntegrationSource } from '../../adapters/read-integration-source';
import { runRuff } from '../../adapters/ruff';
import { sortDiagnostics } from '../../lint/diagnostic';
import { formatHuman } from '../../lint/format-human';
import { runRules } from '../../lint/run-rules';
import { RULES } from '../../lint/rules';
import { venvExecutable } from '../../python/environment-plan';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import type { LintExecutorSchema } from './schema';

/** `nx lint <integration>`: every file rule, then ruff; errors fail the target. */
export default async function lintExecutor(options: LintExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const diagnostics = runRules(readIntegrationSource(paths.projectRoot), RULES);
    const ruff = venvExecutable(paths.venvDir, 'ruff', process.platform);
    if (options.python !== false && existsSync(ruff)) diagnostics.push(...(await runRuff(ruff, paths.projectRoot)));
    const sorted = sortDiagnostics(diagnostics);
    const root = relative(paths.workspaceRoot, paths.projectRoot);
    if (options.format === 'json') console.log(JSON.stringify(sorted, null, 2));
    else if (sorted.length > 0) console.log(formatHuman(root, sorted));
    else console.log(`${root}: no problems found.`);
    return !sorted.some((d) => d.severity === 'error');
  });
}

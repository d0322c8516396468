import type { ExecutorContext } from '@nx/devkit';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeCommand, ProcessError, runProcessOrThrow } from '../../adapters/run-process';
import { UserError } from '../../errors/user-error';
import { resolveProjectPaths, runExecutor } from '../shared/executor-context';
import { buildCommand, pickArtifacts } from './lib/build-command';
import { packageFailureHint } from './lib/failure-hint';
import { normalizePackageOptions } from './lib/normalize-options';
import { resolveBuilder } from './lib/resolve-builder';
import type { PackageExecutorSchema } from './schema';

/**
 * `nx run <integration>:package`: the wheel and sdist the Agent installs. The build goes to a
 * scratch folder that replaces `dist/<projectRoot>/package` only when it succeeded, so a failed
 * build never leaves half an output (or the previous version's wheel next to the new one).
 */
export default async function packageExecutor(options: PackageExecutorSchema, context: ExecutorContext) {
  return runExecutor(async () => {
    const paths = resolveProjectPaths(context);
    const normalized = normalizePackageOptions(options, process.env);
    const outDir = join(paths.outputRoot, 'package');
    const scratch = `${outDir}.partial`;
    rmSync(scratch, { recursive: true, force: true });

    const command = buildCommand(
      await resolveBuilder(normalized, paths, (line) => console.log(line)),
      paths.projectRoot,
      scratch,
    );
    console.log(`> ${describeCommand(command)}`);
    try {
      await runProcessOrThrow({ ...command, cwd: paths.projectRoot, timeoutMs: 15 * 60_000 });
    } catch (error) {
      rmSync(scratch, { recursive: true, force: true });
      if (!(error instanceof ProcessError)) throw error;
      throw new UserError(
        `Could not build the package of ${paths.projectName}: ${error.message}`,
        packageFailureHint(error.message, relative(paths.workspaceRoot, join(paths.projectRoot, 'pyproject.toml'))),
        { cause: error },
      );
    }

    const artifacts = pickArtifacts(existsSync(scratch) ? readdirSync(scratch).sort() : []);
    if ('problem' in artifacts) {
      rmSync(scratch, { recursive: true, force: true });
      throw new UserError(`The build of ${paths.projectName} did not produce a package: ${artifacts.problem}.`);
    }
    rmSync(outDir, { recursive: true, force: true });
    renameSync(scratch, outDir);

    const wheel = relative(paths.workspaceRoot, join(outDir, artifacts.wheel));
    console.log(`Built ${wheel}\n      ${relative(paths.workspaceRoot, join(outDir, artifacts.sdist))}`);
    console.log(`Install it into an Agent with: datadog-agent integration install -w ${wheel}`);
    return true;
  });
}

import { workspaceRoot } from '@nx/devkit';
import { readNxJson } from 'nx/src/config/nx-json';
import { resolve } from 'node:path';
import { formatUserError, UserError } from '../errors/user-error';
import { CLI_USAGE, parseCliArgs } from './cli-options';
import { runMergeTimingsCommand } from './commands/merge-timings-command';
import { runPlanCommand } from './commands/plan-command';
import { runShardCommand } from './commands/run-command';

/**
 * The planner's command line (`plan`, `run`, `merge-timings`), run by the workflows that
 * `nx g @dd/plugin:ci-workflow --distribution=matrix` writes. The one place that reads the
 * environment: base and head, the shard of a matrix job, GitHub's output and summary files.
 * Resolves with the exit code: 0, 1 when a task failed, 2 for a usage or input problem.
 */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (line: string) => console.log(line);
  const root = workspaceRoot;
  try {
    const cli = parseCliArgs(argv, {
      NX_BASE: env.NX_BASE || undefined,
      NX_HEAD: env.NX_HEAD || undefined,
      DD_CI_SHARD: env.DD_CI_SHARD || undefined,
      defaultBase: argv[0] === 'plan' ? readNxJson(root).defaultBase : undefined,
    });
    const github = {
      githubOutput: env.GITHUB_OUTPUT || undefined,
      githubSummary: env.GITHUB_STEP_SUMMARY || undefined,
    };
    switch (cli.command) {
      case 'help':
        log(CLI_USAGE);
        return 0;
      case 'plan':
        await runPlanCommand({
          ...cli,
          workspaceRoot: root,
          timingsFile: resolve(root, cli.timingsFile),
          outDir: resolve(root, cli.outDir),
          ...github,
          log,
        });
        return 0;
      case 'run':
        return await runShardCommand({
          ...cli,
          workspaceRoot: root,
          planFile: resolve(root, cli.planFile),
          outDir: resolve(root, cli.outDir),
          nx: { file: process.execPath, args: [require.resolve('nx/bin/nx')] },
          githubSummary: github.githubSummary,
          log,
        });
      case 'merge-timings':
        runMergeTimingsCommand({
          previousFile: resolve(root, cli.previousFile),
          reportsDir: resolve(root, cli.reportsDir),
          outFile: resolve(root, cli.outFile),
          githubSummary: github.githubSummary,
          log,
        });
        return 0;
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(formatUserError(error));
    return 2;
  }
}

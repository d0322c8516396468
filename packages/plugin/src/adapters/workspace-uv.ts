import { UserError } from '../errors/user-error';
import { UV_TOOL } from '../tools/uv-tool';
import { ensureWorkspaceTool, executableRuns } from './workspace-tool';

/** uv, however it is reached: its executable and the arguments that come before uv's own. */
export interface UvCommand {
  kind: 'uv';
  file: string;
  prefixArgs: string[];
}

export interface FindUvInput {
  workspaceRoot: string;
  /** The interpreter whose pip installs uv when the workspace has none yet. */
  python: string;
  /** `DD_UV`: a uv executable chosen by the user, used as it is. */
  configured?: string;
  log(line: string): void;
}

export type FoundUv = UvCommand | { kind: 'none'; problem: string };

/**
 * The uv the plugin runs: `DD_UV` when set; else the workspace's pinned uv in `.dd/tools/`,
 * installed there from the package index on first use; else, when that install is impossible
 * (no pip, no index), a uv already on the PATH or importable by the interpreter.
 */
export async function findUv(input: FindUvInput): Promise<FoundUv> {
  if (input.configured) {
    if (await executableRuns(input.configured)) return { kind: 'uv', file: input.configured, prefixArgs: [] };
    throw new UserError(
      `DD_UV is '${input.configured}', which does not run (\`${input.configured} --version\` failed).`,
      'point DD_UV at a uv executable, or unset it to let the plugin install its own',
    );
  }
  const ensured = await ensureWorkspaceTool({
    workspaceRoot: input.workspaceRoot,
    tool: UV_TOOL,
    python: input.python,
    log: input.log,
  });
  if ('binary' in ensured) return { kind: 'uv', file: ensured.binary, prefixArgs: [] };
  for (const candidate of [
    { file: 'uv', prefixArgs: [] },
    { file: input.python, prefixArgs: ['-m', 'uv'] },
  ]) {
    if (await executableRuns(candidate.file, candidate.prefixArgs)) {
      input.log(`${ensured.problem}; using \`${[candidate.file, ...candidate.prefixArgs].join(' ')}\` instead.`);
      return { kind: 'uv', ...candidate };
    }
  }
  return { kind: 'none', problem: ensured.problem };
}

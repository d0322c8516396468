import { RUFF_TOOL, RUFF_VERSION } from '../tools/ruff-tool';
import { ensureWorkspaceTool, executableRuns } from './workspace-tool';

export interface FindRuffInput {
  workspaceRoot: string;
  /** The interpreter whose pip installs ruff when the workspace has none yet. */
  python: string;
  /** `DD_RUFF`: a ruff executable chosen by the user, used as it is. */
  configured?: string;
  log(line: string): void;
}

/** The ruff to run, or why there is none and how to get one (for a diagnostic). */
export type FoundRuff = { kind: 'ruff'; file: string } | { kind: 'none'; problem: string; hint: string };

/**
 * The ruff the lint target runs: `DD_RUFF` when set, else the workspace's pinned ruff in
 * `.dd/tools/ruff-<version>`, installed there from the package index on first use. No ruff from
 * the PATH or a virtualenv: another version finds other things than Datadog's CI.
 */
export async function findRuff(input: FindRuffInput): Promise<FoundRuff> {
  if (input.configured) {
    if (await executableRuns(input.configured)) return { kind: 'ruff', file: input.configured };
    return {
      kind: 'none',
      problem: `DD_RUFF is '${input.configured}', which does not run (\`${input.configured} --version\` failed)`,
      hint: `point DD_RUFF at a ruff ${RUFF_VERSION} executable, or unset it to let the plugin install its own`,
    };
  }
  const ensured = await ensureWorkspaceTool({
    workspaceRoot: input.workspaceRoot,
    tool: RUFF_TOOL,
    python: input.python,
    log: input.log,
  });
  if ('binary' in ensured) return { kind: 'ruff', file: ensured.binary };
  return {
    kind: 'none',
    problem: ensured.problem,
    hint: `set DD_RUFF to a ruff ${RUFF_VERSION} executable (e.g. \`pipx install ruff==${RUFF_VERSION}\`), or skip the Python linter with --python=false`,
  };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS_DEV_TOOL, DATADOG_CHECKS_DEV_VERSION } from '../tools/checks-dev-tool';
import { CONFIG_MODELS_TOOL, DATAMODEL_CODE_GENERATOR_VERSION } from '../tools/config-models-tool';
import type { WorkspaceTool } from '../tools/workspace-tool';
import { ensureWorkspaceLibrary } from './workspace-tool';

export interface FindConfigRendererInput {
  workspaceRoot: string;
  /** The interpreter whose pip installs datadog-checks-dev, and which runs the renderer. */
  python: string;
  /** `DD_CHECKS_DEV`: a folder holding datadog-checks-dev and PyYAML, chosen by the user. */
  configured?: string;
  log(line: string): void;
}

/** The folder to put on PYTHONPATH, or why there is none and how to get one (for a diagnostic). */
export type FoundPythonLibrary =
  { kind: 'library'; pythonPath: string } | { kind: 'none'; problem: string; hint: string };

const GET_IT = `set DD_CHECKS_DEV to a folder where \`pip install --target <folder> --no-deps datadog-checks-dev==${DATADOG_CHECKS_DEV_VERSION} pyyaml\` installed them`;

/** The library's marker file inside `dir` exists. */
function holds(dir: string, tool: WorkspaceTool): boolean {
  return existsSync(join(dir, ...(tool.libraryFile ?? '').split('/')));
}

/** The workspace's pinned library in `.dd/tools/<name>-<version>`, installed there from the package index on first use. */
async function workspaceLibrary(
  input: FindConfigRendererInput,
  tool: WorkspaceTool,
  hint: string,
): Promise<FoundPythonLibrary> {
  const ensured = await ensureWorkspaceLibrary({
    workspaceRoot: input.workspaceRoot,
    tool,
    python: input.python,
    log: input.log,
  });
  return 'dir' in ensured
    ? { kind: 'library', pythonPath: ensured.dir }
    : { kind: 'none', problem: ensured.problem, hint };
}

/**
 * The renderer of conf.yaml.example: `DD_CHECKS_DEV` when set, else the workspace's pinned
 * datadog-checks-dev in `.dd/tools/datadog-checks-dev-<version>`, installed there from the
 * package index on first use (without its dependencies: the renderer imports PyYAML only).
 */
export async function findConfigRenderer(input: FindConfigRendererInput): Promise<FoundPythonLibrary> {
  if (input.configured) {
    if (holds(input.configured, CHECKS_DEV_TOOL)) return { kind: 'library', pythonPath: input.configured };
    return {
      kind: 'none',
      problem: `DD_CHECKS_DEV is '${input.configured}', which holds no datadog-checks-dev (no ${CHECKS_DEV_TOOL.libraryFile})`,
      hint: `${GET_IT}, or unset it to let the plugin install its own`,
    };
  }
  return workspaceLibrary(
    input,
    CHECKS_DEV_TOOL,
    `give lint a python3 with pip and the package index (it installs datadog-checks-dev ${DATADOG_CHECKS_DEV_VERSION} into .dd/tools once), or ${GET_IT}`,
  );
}

/**
 * The generator of config_models/: the `DD_CHECKS_DEV` folder when it holds one too, else the
 * workspace's pinned datamodel-code-generator with black, isort, pydantic and ruff in
 * `.dd/tools/datamodel-code-generator-<version>`, installed there from the package index on first
 * use. Asked only when some integration has config models to compare.
 */
export async function findModelGenerator(input: FindConfigRendererInput): Promise<FoundPythonLibrary> {
  if (input.configured && holds(input.configured, CONFIG_MODELS_TOOL))
    return { kind: 'library', pythonPath: input.configured };
  return workspaceLibrary(
    input,
    CONFIG_MODELS_TOOL,
    `give lint a python3 (3.10 or later) with pip and the package index: it installs datamodel-code-generator ${DATAMODEL_CODE_GENERATOR_VERSION} and the formatters ddev generates models with into .dd/tools once`,
  );
}

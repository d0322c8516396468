import { pythonModuleName } from '../../../integration/integration-names';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ProcessError } from '../../../adapters/run-process';
import {
  ConfigRendererError,
  renderConfigExamples,
  type RenderRequest,
} from '../../../adapters/render-config-examples';
import { findConfigRenderer } from '../../../adapters/workspace-checks-dev';
import { RendererOutputError } from '../../../config-spec/parse-renderer-output';
import { SPEC_PATH, type RenderedConfig } from '../../../config-spec/rendered-config';
import { versionString } from '../../../config-spec/version-string';
import { pluginRoot } from '../../../plugin-version';
import { CONFIG_RENDERER_SCRIPT, DATADOG_CHECKS_DEV_VERSION } from '../../../tools/checks-dev-tool';

export interface ConfigRenderContext {
  workspaceRoot: string;
  /** `DD_CHECKS_DEV`: the user's datadog-checks-dev folder. */
  checksDev?: string;
  log(line: string): void;
}

/** The check's `__about__.py`, where ddev reads its version. */
function aboutFile(projectRoot: string): string {
  return join(projectRoot, 'datadog_checks', pythonModuleName(basename(projectRoot)), '__about__.py');
}

/**
 * Whether `ddev validate config` validates the folder: a check (ddev's `get_valid_checks`: it has
 * `datadog_checks/<package>/__about__.py`) with a spec.yaml. A tile's spec.yaml is not rendered.
 */
function isValidatedCheck(projectRoot: string): boolean {
  return existsSync(join(projectRoot, SPEC_PATH)) && existsSync(aboutFile(projectRoot));
}

/** What `ddev validate config` passes the spec of the check in `projectRoot`. */
function renderRequest(projectRoot: string): RenderRequest {
  return {
    name: basename(projectRoot),
    specPath: join(projectRoot, SPEC_PATH),
    version: versionString(readFileSync(aboutFile(projectRoot), 'utf8')),
  };
}

/**
 * Renders the spec.yaml of every integration that has one, before the rules run: Datadog's
 * renderer from the workspace's tool folder, one Python process for all of them. The map has an
 * entry for each root asked: undefined where ddev validates no spec (no spec.yaml, or a tile
 * without a check), else the rendering, or why there is none (which the rules report once per
 * integration as a warning).
 */
export async function collectConfigRenders(
  projectRoots: readonly string[],
  context: ConfigRenderContext,
): Promise<Map<string, RenderedConfig | undefined>> {
  const out = new Map<string, RenderedConfig | undefined>(projectRoots.map((root) => [root, undefined]));
  const withSpec = projectRoots.filter(isValidatedCheck);
  if (withSpec.length === 0) return out;
  const python = 'python3';
  const found = await findConfigRenderer({
    workspaceRoot: context.workspaceRoot,
    python,
    configured: context.checksDev,
    log: context.log,
  });
  const unavailable = (reason: string, hint: string) =>
    withSpec.forEach((root) => out.set(root, { kind: 'unavailable', reason, hint }));
  if (found.kind === 'none') {
    unavailable(found.problem, found.hint);
    return out;
  }
  try {
    const script = join(pluginRoot(), CONFIG_RENDERER_SCRIPT);
    const rendered = await renderConfigExamples(withSpec.map(renderRequest), {
      python,
      pythonPath: found.pythonPath,
      script,
      version: DATADOG_CHECKS_DEV_VERSION,
    });
    withSpec.forEach((root, i) => out.set(root, rendered[i]));
  } catch (error) {
    if (!(
      error instanceof ConfigRendererError ||
      error instanceof RendererOutputError ||
      error instanceof ProcessError
    ))
      throw error;
    unavailable(
      error.message,
      `check that ${python} is Python 3.10 or later; delete .dd/tools/datadog-checks-dev-${DATADOG_CHECKS_DEV_VERSION} to install it again`,
    );
  }
  return out;
}

import { pythonModuleName } from '../../../integration/integration-names';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { ProcessError } from '../../../adapters/run-process';
import {
  ConfigRendererError,
  renderConfigExamples,
  type RenderRequest,
} from '../../../adapters/render-config-examples';
import { findConfigRenderer, findModelGenerator } from '../../../adapters/workspace-checks-dev';
import { RendererOutputError } from '../../../config-spec/parse-renderer-output';
import { SPEC_PATH, type RenderedConfig } from '../../../config-spec/rendered-config';
import { versionString } from '../../../config-spec/version-string';
import { pluginRoot } from '../../../plugin-version';
import { CONFIG_RENDERER_SCRIPT, DATADOG_CHECKS_DEV_VERSION } from '../../../tools/checks-dev-tool';
import { DATAMODEL_CODE_GENERATOR_VERSION } from '../../../tools/config-models-tool';

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

/**
 * Whether `ddev validate models` compares the check's models: in a community repository, only
 * where `<check>/datadog_checks/<check>/config_models/` exists (ddev's `get_models_location`
 * names the package after the folder).
 */
function hasConfigModels(projectRoot: string): boolean {
  const name = basename(projectRoot);
  return existsSync(join(projectRoot, 'datadog_checks', name, 'config_models'));
}

/** What `ddev validate config` (and `models`) passes the spec of the check in `projectRoot`. */
function renderRequest(projectRoot: string): RenderRequest {
  return {
    name: basename(projectRoot),
    specPath: join(projectRoot, SPEC_PATH),
    version: versionString(readFileSync(aboutFile(projectRoot), 'utf8')),
    models: hasConfigModels(projectRoot),
  };
}

/** Specs whose models one process renders before a second one pays off (it loads the generator again). */
const MODELS_PER_PROCESS = 8;

/**
 * The requests dealt out to the processes that render them, a share of the models each: the
 * generator (black, isort, ruff) costs about a tenth of a second a spec, the examples a hundredth.
 */
export function dealRequests<T extends { models?: boolean }>(requests: readonly T[], cores: number): T[][] {
  const models = requests.filter((r) => r.models).length;
  const count = Math.max(1, Math.min(cores, Math.ceil(models / MODELS_PER_PROCESS)));
  const shares: T[][] = Array.from({ length: count }, () => []);
  let next = 0;
  for (const request of requests.filter((r) => r.models)) shares[next++ % count].push(request);
  for (const request of requests.filter((r) => !r.models)) shares[next++ % count].push(request);
  return shares;
}

/**
 * Renders the spec.yaml of every integration that has one, before the rules run: Datadog's
 * renderer and model generator from the workspace's tool folder, in a few Python processes that
 * share the specs (see dealRequests). The map has an
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
  const finding = { workspaceRoot: context.workspaceRoot, python, configured: context.checksDev, log: context.log };
  const found = await findConfigRenderer(finding);
  const unavailable = (reason: string, hint: string) =>
    withSpec.forEach((root) => out.set(root, { kind: 'unavailable', reason, hint }));
  if (found.kind === 'none') {
    unavailable(found.problem, found.hint);
    return out;
  }
  const requests = withSpec.map((root) => ({ root, ...renderRequest(root) }));
  const generator = requests.some((r) => r.models) ? await findModelGenerator(finding) : undefined;
  const modelsHint = `check that ${python} is Python 3.10 or later; delete .dd/tools/datamodel-code-generator-${DATAMODEL_CODE_GENERATOR_VERSION} to install it again`;
  const renderer = {
    python,
    pythonPath: [found.pythonPath, ...(generator?.kind === 'library' ? [generator.pythonPath] : [])].join(delimiter),
    script: join(pluginRoot(), CONFIG_RENDERER_SCRIPT),
    version: DATADOG_CHECKS_DEV_VERSION,
    cwd: context.workspaceRoot,
    modelsHint,
  };
  try {
    const shares = dealRequests(requests, availableParallelism());
    const rendered = await Promise.all(
      shares.map((share) =>
        renderConfigExamples(
          share.map(({ root: _root, ...request }) => request),
          renderer,
        ),
      ),
    );
    shares.forEach((share, i) => share.forEach((request, j) => out.set(request.root, rendered[i][j])));
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
    return out;
  }
  if (generator?.kind === 'none')
    for (const { root } of requests) out.set(root, withoutGenerator(out.get(root), generator.problem, generator.hint));
  return out;
}

/** Where the generator could not be installed, the models the rendering would have held say why. */
function withoutGenerator(
  rendering: RenderedConfig | undefined,
  problem: string,
  hint: string,
): RenderedConfig | undefined {
  if (rendering?.kind !== 'rendered' || rendering.models?.kind !== 'unavailable') return rendering;
  return { ...rendering, models: { kind: 'unavailable', reason: problem, hint } };
}

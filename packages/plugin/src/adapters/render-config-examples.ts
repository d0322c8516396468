import { lastLine } from '../commands/last-line';
import { parseRendererOutput } from '../config-spec/parse-renderer-output';
import type { ConfigRendering } from '../config-spec/rendered-config';
import { runProcess } from './run-process';

/** One spec to render, as `ddev validate config` would: the check's name, its spec and its version. */
export interface RenderRequest {
  /** The check's folder name: upstream's errors start with it. */
  name: string;
  /** Absolute path of assets/configuration/spec.yaml. */
  specPath: string;
  /** `__version__` of the check's `__about__.py`, or null. */
  version: string | null;
  /** Render the config models too (`ddev validate models` checks this integration's). */
  models?: boolean;
}

export interface ConfigRenderer {
  python: string;
  /**
   * The folders holding datadog-checks-dev and PyYAML, then the model generator and what it
   * imports (when models are asked for), joined with the platform's path delimiter.
   */
  pythonPath: string;
  /** render_config_examples.py. */
  script: string;
  /** For messages. */
  version: string;
  /** The repository's root, where the model generator's formatters find their settings (as under ddev). */
  cwd: string;
  /** What to do when the model generator fails (for its findings). */
  modelsHint: string;
}

/** The renderer's process failed (an interpreter too old, a broken install): nothing was rendered. */
export class ConfigRendererError extends Error {
  override name = 'ConfigRendererError';
}

/**
 * Renders every spec in one Python process: upstream's ConfigSpec, ExampleConsumer and (for the
 * requests that ask) ModelConsumer, imported from `pythonPath`. One rendering per request, in order; throws {@link ConfigRendererError} or
 * RendererOutputError when the process does not give them.
 * `run` is the process runner (a fake in unit tests).
 */
export async function renderConfigExamples(
  requests: readonly RenderRequest[],
  renderer: ConfigRenderer,
  run = runProcess,
): Promise<ConfigRendering[]> {
  const result = await run({
    file: renderer.python,
    // -S: no site-packages, so that only the standard library and the tool folder are imported,
    // whatever else (another datadog-checks-dev, another PyYAML) the interpreter has installed.
    args: ['-S', renderer.script],
    cwd: renderer.cwd,
    env: { PYTHONPATH: renderer.pythonPath, PYTHONIOENCODING: 'utf-8' },
    input: JSON.stringify(requests),
    timeoutMs: 5 * 60_000,
  });
  if (result.exitCode !== 0)
    throw new ConfigRendererError(
      `${renderer.python} could not run datadog-checks-dev ${renderer.version}: ${lastLine(result.stderr)}`,
    );
  return parseRendererOutput(result.stdout, requests, {
    rendererVersion: renderer.version,
    modelsHint: renderer.modelsHint,
  });
}

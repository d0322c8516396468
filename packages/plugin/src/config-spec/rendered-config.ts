/**
 * What Datadog's renderer (datadog-checks-dev, run by the plugin's render_config_examples.py)
 * made of one integration's assets/configuration/spec.yaml: the shell computes it before the
 * rules run, and the rules compare it with the files on disk.
 */
export interface ConfigRendering {
  kind: 'rendered';
  /** `ConfigSpec.load()`'s errors, as upstream words them: when there are any, nothing is rendered. */
  errors: string[];
  /** The example files, by name (`conf.yaml.example`, `auto_conf.yaml`): what `ddev validate config --sync` writes. */
  files: Record<string, string>;
  /** The renderer's own errors per example file: such a file is neither compared nor written, as in ddev. */
  renderErrors: Record<string, string[]>;
  /** The templates the renderer knows (`init_config/default`, `instances/http`, ...), for suggestions. */
  templates: string[];
  /** The renderer's version, for messages. */
  rendererVersion: string;
  /** The config models the spec generates, where `ddev validate models` checks them (absent: it does not). */
  models?: RenderedModels;
}

/**
 * What upstream's ModelConsumer generated from the spec: the files of `config_models/` by name,
 * without the header ddev puts above them, and the generator's own errors per file.
 */
export interface ModelRendering {
  kind: 'rendered';
  files: Record<string, string>;
  errors: Record<string, string[]>;
}

/** The generator stopped on this spec (ddev would stop with a traceback), or could not be loaded at all. */
export interface ModelRenderingFailed {
  kind: 'crashed' | 'unavailable';
  reason: string;
  hint: string;
}

export type RenderedModels = ModelRendering | ModelRenderingFailed;

/** Why nothing could be rendered (no Python, no package index), and how to get the renderer. */
export interface ConfigRenderingUnavailable {
  kind: 'unavailable';
  reason: string;
  hint: string;
}

export type RenderedConfig = ConfigRendering | ConfigRenderingUnavailable;

/** Where the spec lives in an integration. */
export const SPEC_PATH = 'assets/configuration/spec.yaml';

/** Where ddev reads and writes a rendered example: `datadog_checks/<module>/data/<file>`. */
export function renderedExamplePath(module: string, file: string): string {
  return `datadog_checks/${module}/data/${file}`;
}

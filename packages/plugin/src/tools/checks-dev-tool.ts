import type { WorkspaceTool } from './workspace-tool';

/**
 * The datadog-checks-dev that renders conf.yaml.example from spec.yaml: the version ddev 20.1
 * renders with (ddev 20.1 requires `datadog-checks-dev[cli]>=40.0,<42`, which installs 40.0.1), so
 * that the examples `nx lint` compares and `--fix` writes are byte for byte what
 * `ddev validate config --sync` writes.
 *
 * The renderer is upstream's own code, installed from the package index into the workspace's tool
 * folder, never copied into the plugin: its templates (`init_config/default`, `instances/http`,
 * ...) and its YAML output change between releases, and a copy would drift from Datadog's CI.
 */
export const DATADOG_CHECKS_DEV_VERSION = '40.0.1';

/**
 * The one dependency the renderer imports: PyYAML, whose dumper writes the examples; the version
 * installed beside ddev 20.1. The package's other dependencies (pytest, requests, the model
 * generator) serve other parts of it, which the plugin's script does not load.
 */
export const PYYAML_VERSION = '6.0.4';

/** datadog-checks-dev as a workspace library: `.dd/tools/datadog-checks-dev-<version>/`, put on PYTHONPATH. */
export const CHECKS_DEV_TOOL: WorkspaceTool = {
  name: 'datadog-checks-dev',
  version: DATADOG_CHECKS_DEV_VERSION,
  alongside: [`pyyaml==${PYYAML_VERSION}`],
  libraryFile: 'datadog_checks/dev/tooling/configuration/consumers/example.py',
};

/** The plugin's script that drives the renderer, relative to the plugin's root. */
export const CONFIG_RENDERER_SCRIPT = 'python/render_config_examples.py';

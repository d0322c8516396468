export interface TestExecutorSchema {
  unit?: boolean;
  flavor?: string | number;
  /** Set by the plugin on per-flavor test targets: the flavor this task runs. */
  flavorTask?: string | number;
  /** Set by the plugin when the flavor is an environment of hatch.toml's matrix. */
  flavorSource?: 'hatch';
  failOnUncoveredMetrics?: boolean;
  pytestArgs?: string[];
}

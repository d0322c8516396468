export interface TestExecutorSchema {
  unit?: boolean;
  flavor?: string | number;
  /** Set by the plugin on per-flavor test targets: the flavor this task runs. */
  flavorTask?: string | number;
  failOnUncoveredMetrics?: boolean;
  pytestArgs?: string[];
}

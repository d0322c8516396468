export interface TestExecutorSchema {
  unit?: boolean;
  failOnUncoveredMetrics?: boolean;
  pytestArgs?: string[];
}

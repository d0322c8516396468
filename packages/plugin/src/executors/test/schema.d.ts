export interface TestExecutorSchema {
  unit?: boolean;
  flavor?: string | number;
  failOnUncoveredMetrics?: boolean;
  pytestArgs?: string[];
}

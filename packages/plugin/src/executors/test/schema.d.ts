export interface TestExecutorSchema {
  unit?: boolean;
  flavor?: string | number;
  flavorDigest?: string;
  failOnUncoveredMetrics?: boolean;
  pytestArgs?: string[];
}

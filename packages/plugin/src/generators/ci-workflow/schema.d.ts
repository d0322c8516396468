export interface CiWorkflowGeneratorSchema {
  name?: string;
  distribution?: 'matrix' | 'nx-agents';
  parallel?: number;
  jobMinutes?: number;
  maxBatches?: number;
  jobsPerBatch?: number;
  distributeOn?: string;
  mainBranch?: string;
  nodeVersion?: string;
  pythonVersion?: string;
  /** Replaced by the plan's job sizing (`jobMinutes`, `maxBatches`); given, it is an error that says so. */
  shards?: unknown;
}

export interface CiWorkflowGeneratorSchema {
  name?: string;
  shards?: number;
  parallel?: number;
  mainBranch?: string;
  nodeVersion?: string;
  pythonVersion?: string;
}

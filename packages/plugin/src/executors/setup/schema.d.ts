export interface SetupExecutorSchema {
  python?: string;
  agentPython?: string;
  installer?: 'auto' | 'uv' | 'pip';
  force?: boolean;
}

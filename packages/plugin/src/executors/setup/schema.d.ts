export interface SetupExecutorSchema {
  python?: string;
  installer?: 'auto' | 'uv' | 'pip';
  force?: boolean;
}

export interface PackageExecutorSchema {
  builder?: 'auto' | 'uv' | 'build';
  python?: string;
}

export interface CheckExecutorSchema {
  flavor?: string | number;
}

export interface CleanupExecutorSchema {
  flavor?: string;
  all?: boolean;
}

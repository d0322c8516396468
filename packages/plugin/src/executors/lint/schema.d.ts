export interface LintExecutorSchema {
  format?: 'human' | 'json';
  python?: boolean;
}

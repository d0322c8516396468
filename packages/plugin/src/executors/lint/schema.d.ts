export interface LintExecutorSchema {
  format?: 'human' | 'json' | 'sarif' | 'github';
  fix?: boolean;
  warningsAsErrors?: boolean;
  python?: boolean;
  strict?: boolean;
  validators?: string[];
}

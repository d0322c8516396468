export interface BeforeScriptExecutorSchema {
  flavor?: string;
}

export interface InstallExecutorSchema {
  flavor?: string;
}

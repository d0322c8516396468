export interface InstallExecutorSchema {
  /** Nx's argument parser turns `--flavor=7.0` into the number 7; resolveFlavor maps it back. */
  flavor?: string | number;
}

export interface IntegrationGeneratorSchema {
  name: string;
  displayName?: string;
  maintainer?: string;
  description?: string;
  /** The CLI passes `--manifestVersion=2` as a number. */
  manifestVersion?: '1' | '2' | 1 | 2;
  directory?: string;
}

export interface IntegrationGeneratorSchema {
  name: string;
  displayName?: string;
  maintainer?: string;
  description?: string;
  manifestVersion?: '1' | '2';
  directory?: string;
}

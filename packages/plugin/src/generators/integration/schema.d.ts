import type { IntegrationKind } from './lib/integration-kinds';

export interface IntegrationGeneratorSchema {
  name: string;
  /** What the integration is; Nx asks when it is not given. */
  kind?: IntegrationKind | string;
  displayName?: string;
  maintainer?: string;
  /** GitHub user or team that owns the integration in CODEOWNERS. */
  codeowner?: string;
  description?: string;
  /** The CLI passes `--manifestVersion=2` as a number. */
  manifestVersion?: '1' | '2' | 1 | 2;
  /** Folder that holds integrations; default: where the plugin's `integrations` option points. */
  directory?: string;
}

/**
 * The `ddev validate` commands a repository's CI can turn on: the inputs of integrations-core's
 * reusable workflow `run-validations.yml`, which integrations-extras' `validate.yml` calls with
 * `<validator>: true` for each one it runs.
 */
export const UPSTREAM_VALIDATORS = [
  'agent-reqs',
  'ci',
  'codeowners',
  'config',
  'dashboards',
  'dep',
  'eula',
  'http',
  'imports',
  'integration-style',
  'jmx-metrics',
  'labeler',
  'legacy-signature',
  'license-headers',
  'licenses',
  'metadata',
  'models',
  'openmetrics',
  'package',
  'readmes',
  'saved-views',
  'service-checks',
  'typos',
  'version',
] as const;

export type UpstreamValidator = (typeof UPSTREAM_VALIDATORS)[number];

/** The inputs of run-validations.yml that are not validators. */
export const NON_VALIDATOR_INPUTS: ReadonlySet<string> = new Set(['repo', 'ddev-version']);

/**
 * What integrations-extras' CI runs (`.github/workflows/validate.yml`): the selection a
 * repository gets when it states none and the plugin's options name none.
 */
export const EXTRAS_VALIDATORS: readonly UpstreamValidator[] = [
  'ci',
  'codeowners',
  'config',
  'imports',
  'integration-style',
  'jmx-metrics',
  'legacy-signature',
  'metadata',
  'models',
  'package',
  'readmes',
];

export function isUpstreamValidator(name: string): name is UpstreamValidator {
  return (UPSTREAM_VALIDATORS as readonly string[]).includes(name);
}

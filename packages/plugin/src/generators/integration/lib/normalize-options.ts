import { deriveIntegrationNames, type IntegrationNames } from '../../../integration/integration-names';
import { validateIntegrationName } from '../../../integration/validate-integration-name';
import { UserError } from '../../../errors/user-error';
import type { IntegrationGeneratorSchema } from '../schema';

/** Defaults of the generator's options: schema.json states the same values (a test checks it). */
export const GENERATOR_DEFAULTS = {
  maintainer: 'help@example.com',
  manifestVersion: '1' as const,
  directory: 'integrations',
};

export interface NormalizedIntegrationOptions extends IntegrationNames {
  maintainer: string;
  description: string;
  manifestVersion: '1' | '2';
  /** Folder of the new integration, relative to the workspace root. */
  projectRoot: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates and fills every option once; throws a {@link UserError} that says the rule.
 * `defaultDirectory` is where the workspace's plugin options put integrations.
 */
export function normalizeOptions(
  options: IntegrationGeneratorSchema,
  defaultDirectory: string = GENERATOR_DEFAULTS.directory,
): NormalizedIntegrationOptions {
  const name = (options.name ?? '').trim();
  const problem = validateIntegrationName(name);
  if (problem)
    throw new UserError(`Invalid integration name: ${problem.reason}`, 'nx g @dd/plugin:integration my_integration');
  const maintainer = (options.maintainer ?? GENERATOR_DEFAULTS.maintainer).trim();
  if (!EMAIL.test(maintainer)) {
    throw new UserError(
      `Invalid maintainer '${maintainer}': the guide asks for a valid e-mail address.`,
      '--maintainer=you@example.com',
    );
  }
  const manifestVersion = String(options.manifestVersion ?? GENERATOR_DEFAULTS.manifestVersion);
  if (manifestVersion !== '1' && manifestVersion !== '2') {
    throw new UserError(`Invalid manifest version '${manifestVersion}': expected 1 or 2.`, '--manifestVersion=2');
  }
  const names = deriveIntegrationNames(name, options.displayName);
  const description =
    (options.description ?? '').trim() || `Collect metrics and service checks from ${names.displayName}.`;
  if (description.length > 80) {
    throw new UserError(
      `The description has ${description.length} characters; the Datadog tile takes at most 80.`,
      '--description="<at most 80 characters>"',
    );
  }
  const directory = (options.directory ?? defaultDirectory).replace(/\/+$/, '');
  return { ...names, maintainer, description, manifestVersion, projectRoot: directory ? `${directory}/${name}` : name };
}

import { deriveIntegrationNames, type IntegrationNames } from '../../../integration/integration-names';
import { acceptIntegrationName, isNameProblem } from '../../../integration/validate-integration-name';
import { UserError } from '../../../errors/user-error';
import type { IntegrationGeneratorSchema } from '../schema';
import {
  describeKinds,
  isIntegrationKind,
  KIND_DEFINITIONS,
  type IntegrationKind,
  type KindDefinition,
} from './integration-kinds';

/** Defaults of the generator's options: schema.json states the same values (a test checks it). */
export const GENERATOR_DEFAULTS = {
  maintainer: 'help@example.com',
  manifestVersion: '2' as const,
  /** Where integrations go when the plugin's `integrations` option names no single folder. */
  directory: 'integrations',
  /** The kind when none is given and Nx does not ask (a terminal without prompts). */
  kind: 'check' as IntegrationKind,
  /** The team that reviews community integrations of integrations-extras: the CODEOWNERS owner when none is given. */
  codeowner: '@DataDog/ecosystems-review',
};

export interface NormalizedIntegrationOptions extends IntegrationNames {
  kind: IntegrationKind;
  definition: KindDefinition;
  maintainer: string;
  /** The owners of the CODEOWNERS entry: the GitHub owner, the maintainer's e-mail, then extras' review team. */
  codeowners: string[];
  description: string;
  manifestVersion: '1' | '2';
  /** Folder of the new integration, relative to the workspace root. */
  projectRoot: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A GitHub user (`@name`) or team (`@org/team`), the first owner ddev validate codeowners accepts. */
const GITHUB_OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?$/;
const EXAMPLE = 'nx g @dd/plugin:integration my_integration';

/**
 * Validates and fills every option once; throws a {@link UserError} that says the rule.
 * `defaultDirectory` is where the workspace's plugin options put integrations.
 */
export function normalizeOptions(
  options: IntegrationGeneratorSchema,
  defaultDirectory: string = GENERATOR_DEFAULTS.directory,
): NormalizedIntegrationOptions {
  const kind = normalizeKind(options.kind);
  const definition = KIND_DEFINITIONS[kind];
  const accepted = acceptIntegrationName(options.name ?? '');
  if (isNameProblem(accepted)) throw new UserError(accepted.reason, EXAMPLE);
  const maintainer = (options.maintainer ?? GENERATOR_DEFAULTS.maintainer).trim();
  if (!EMAIL.test(maintainer)) {
    throw new UserError(
      `Invalid maintainer '${maintainer}': the guide asks for a valid e-mail address.`,
      '--maintainer=you@example.com',
    );
  }
  const codeowners = normalizeCodeowners(options.codeowner, maintainer);
  const manifestVersion = normalizeManifestVersion(options.manifestVersion, kind);
  const typedDisplayName = accepted.typed !== accepted.name ? accepted.typed : undefined;
  const names = deriveIntegrationNames(accepted.name, options.displayName ?? typedDisplayName);
  const description =
    (options.description ?? '').trim() || definition.defaultDescription.replace('{name}', names.displayName);
  if (description.length > 80) {
    throw new UserError(
      `The description has ${description.length} characters; the Datadog tile takes at most 80.`,
      '--description="<at most 80 characters>"',
    );
  }
  const directory = (options.directory ?? defaultDirectory).replace(/\/+$/, '');
  const projectRoot = directory ? `${directory}/${accepted.name}` : accepted.name;
  return { ...names, kind, definition, maintainer, codeowners, description, manifestVersion, projectRoot };
}

function normalizeKind(kind: string | undefined): IntegrationKind {
  const value = (kind ?? GENERATOR_DEFAULTS.kind).trim();
  if (isIntegrationKind(value)) return value;
  throw new UserError(
    `Unknown kind '${value}'. The kinds are:\n${describeKinds()}`,
    `--kind=${GENERATOR_DEFAULTS.kind}`,
  );
}

function normalizeManifestVersion(value: IntegrationGeneratorSchema['manifestVersion'], kind: IntegrationKind) {
  const version = String(value ?? GENERATOR_DEFAULTS.manifestVersion);
  if (version !== '1' && version !== '2') {
    throw new UserError(`Invalid manifest version '${version}': expected 1 or 2.`, '--manifestVersion=2');
  }
  if (version === '1' && kind !== 'check') {
    throw new UserError(
      `The manifest v1 of the guide describes checks only; a ${kind} integration has Datadog's manifest v2.`,
      'leave out --manifestVersion',
    );
  }
  return version;
}

function normalizeCodeowners(codeowner: string | undefined, maintainer: string): string[] {
  const owner = codeowner?.trim();
  if (owner === undefined || owner === '') return [GENERATOR_DEFAULTS.codeowner, maintainer];
  if (!GITHUB_OWNER.test(owner)) {
    throw new UserError(
      `Invalid codeowner '${owner}': ddev validate codeowners takes a GitHub user (@name) or team (@org/team) as the first owner.`,
      '--codeowner=@your-github-name',
    );
  }
  return owner === GENERATOR_DEFAULTS.codeowner
    ? [owner, maintainer]
    : [owner, maintainer, GENERATOR_DEFAULTS.codeowner];
}

import { generateFiles, logger, readNxJson, type Tree } from '@nx/devkit';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { formatUserError, UserError } from '../../errors/user-error';
import { normalizeDisplayName } from '../../lint/model/manifest-model';
import {
  buildManifestV1,
  buildManifestV2,
  INITIAL_VERSION,
  ManifestIds,
  MIN_AGENT_VERSION,
} from './lib/build-manifest';
import { addGitignoreEntries, PYTHON_IGNORES } from './lib/gitignore-entries';
import { normalizeOptions } from './lib/normalize-options';
import { sortedTestImports } from './lib/test-imports';
import { integrationsFolder, normalizePluginOptions, pluginOptionsOf } from '../../plugins/plugin-options';
import type { IntegrationGeneratorSchema } from './schema';

/** Where the workspace keeps its integrations (the plugin's `integrations` option), when it is one folder. */
function defaultDirectory(tree: Tree): string | undefined {
  return integrationsFolder(normalizePluginOptions(pluginOptionsOf(readNxJson(tree))).integrations);
}

/** Random identifiers of a new v2 manifest; Datadog replaces source_type_id on publication. */
export function newManifestIds(): ManifestIds {
  return { appUuid: randomUUID(), sourceTypeId: randomInt(10_000_000, 99_999_999) };
}

/**
 * `nx g @dd/plugin:integration <name>`: a complete integration that passes its own lint and
 * tests. Refuses to touch an existing folder; all changes are made in Nx's virtual tree, so a
 * refusal or --dry-run writes nothing.
 */
export async function integrationGenerator(tree: Tree, schema: IntegrationGeneratorSchema, ids = newManifestIds()) {
  const options = normalizeOptions(schema, defaultDirectory(tree));
  if (tree.exists(options.projectRoot)) {
    throw new UserError(
      `${options.projectRoot} already exists; the generator never overwrites an integration.`,
      `choose another name, or remove ${options.projectRoot} first`,
    );
  }
  generateFiles(tree, join(__dirname, 'files'), options.projectRoot, {
    ...options,
    version: INITIAL_VERSION,
    minAgentVersion: MIN_AGENT_VERSION,
    // metadata.csv files each metric under the normalised display name, as Datadog does.
    metadataIntegration: normalizeDisplayName(options.displayName),
    testImports: sortedTestImports(options.module, options.className),
    tmpl: '',
  });
  const manifest = options.manifestVersion === '2' ? buildManifestV2(options, ids) : buildManifestV1(options);
  tree.write(`${options.projectRoot}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const gitignore = addGitignoreEntries(tree.read('.gitignore', 'utf-8') ?? '', PYTHON_IGNORES);
  if (gitignore !== undefined) tree.write('.gitignore', gitignore);

  return () => {
    logger.info(`\nCreated ${options.projectRoot}. Next:\n  nx lint ${options.name}\n  nx test ${options.name}\n`);
  };
}

/** The entry Nx calls: a user mistake is printed with its fix, without a stack trace. */
export default async function integrationGeneratorCli(tree: Tree, schema: IntegrationGeneratorSchema) {
  try {
    return await integrationGenerator(tree, schema);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(formatUserError(error));
    throw error;
  }
}

import { generateFiles, logger, readNxJson, type Tree } from '@nx/devkit';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { formatUserError, UserError } from '../../errors/user-error';
import { normalizeDisplayName } from '../../lint/model/manifest-model';
import { integrationsFolder, normalizePluginOptions, pluginOptionsOf } from '../../plugins/plugin-options';
import {
  buildManifestV1,
  buildManifestV2,
  dashboardTitle,
  INITIAL_VERSION,
  ManifestIds,
  MIN_AGENT_VERSION,
} from './lib/build-manifest';
import { addGitignoreEntries, PYTHON_IGNORES } from './lib/gitignore-entries';
import { normalizeOptions, type NormalizedIntegrationOptions } from './lib/normalize-options';
import { planRepositoryWrites } from './lib/repository-files';
import { sortedTestImports } from './lib/test-imports';
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
 * `nx g @dd/plugin:integration <name> --kind=<kind>`: a complete integration of that kind, which
 * passes its own lint and tests and the validators of Datadog's CI, with its CODEOWNERS line and
 * test job where the repository has those files. Every change is made in Nx's virtual tree after
 * every check has passed, so a refusal or --dry-run writes nothing.
 */
export async function integrationGenerator(tree: Tree, schema: IntegrationGeneratorSchema, ids = newManifestIds()) {
  const options = normalizeOptions(schema, defaultDirectory(tree));
  const variables = templateVariables(options);
  checkTarget(tree, options, variables);
  const repositoryWrites = planRepositoryWrites(tree, options);
  for (const part of options.definition.parts) {
    generateFiles(tree, join(__dirname, 'files', part), options.projectRoot, variables);
  }
  if (options.definition.writesManifest) {
    const manifest = options.manifestVersion === '2' ? buildManifestV2(options, ids) : buildManifestV1(options);
    tree.write(`${options.projectRoot}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  for (const write of repositoryWrites) tree.write(write.path, write.text);
  if (options.definition.python) {
    const gitignore = addGitignoreEntries(tree.read('.gitignore', 'utf-8') ?? '', PYTHON_IGNORES);
    if (gitignore !== undefined) tree.write('.gitignore', gitignore);
  }
  return () => {
    const lines = [
      `Created ${options.projectRoot} (${options.kind}).`,
      ...repositoryWrites.map((w) => `Updated ${w.path}.`),
      'Next:',
      `  nx lint ${options.name}`,
      ...(options.definition.testable ? [`  nx test ${options.name}`] : []),
    ];
    logger.info(`\n${lines.join('\n')}\n`);
  };
}

/**
 * A new integration needs a free folder; check-only needs an existing tile-only integration and
 * refuses every file that exists already.
 */
function checkTarget(tree: Tree, o: NormalizedIntegrationOptions, variables: TemplateVariables): void {
  if (o.kind !== 'check-only') {
    if (tree.exists(o.projectRoot)) {
      throw new UserError(
        `${o.projectRoot} already exists; the generator never overwrites an integration.`,
        `choose another name, or add a check to it with --kind=check-only`,
      );
    }
    return;
  }
  if (!tree.exists(`${o.projectRoot}/manifest.json`)) {
    throw new UserError(
      `${o.projectRoot}/manifest.json does not exist: check-only adds a check to an existing tile-only integration.`,
      `create the integration with --kind=check, or name an existing one (--directory sets where it is)`,
    );
  }
  const probe = createProbeTree(tree);
  for (const part of o.definition.parts) generateFiles(probe, join(__dirname, 'files', part), o.projectRoot, variables);
  const existing = probe.paths.filter((path) => tree.exists(path));
  if (existing.length > 0) {
    throw new UserError(
      `check-only writes only new files, and these exist already:\n${existing.map((p) => `  ${p}`).join('\n')}`,
      'remove or rename them first; nothing was written',
    );
  }
}

/** A tree that only records the paths written to it, to find what a generation would write. */
function createProbeTree(tree: Tree): Tree & { paths: string[] } {
  const paths: string[] = [];
  return new Proxy(tree, {
    get(target, key) {
      if (key === 'paths') return paths;
      if (key === 'write') return (path: string) => void paths.push(path);
      if (key === 'exists') return (path: string) => paths.includes(path) || target.exists(path);
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Tree & { paths: string[] };
}

type TemplateVariables = ReturnType<typeof templateVariables>;

function templateVariables(o: NormalizedIntegrationOptions) {
  return {
    ...o,
    version: INITIAL_VERSION,
    minAgentVersion: MIN_AGENT_VERSION,
    // metadata.csv files each metric under the normalised display name, as Datadog does.
    metadataIntegration: normalizeDisplayName(o.displayName),
    dashboardTitle: dashboardTitle(o),
    // check-only leaves metadata.csv to the tile it joins, so its test does not assert against it.
    testImports: sortedTestImports(o.module, o.className, o.kind !== 'check-only'),
    tmpl: '',
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

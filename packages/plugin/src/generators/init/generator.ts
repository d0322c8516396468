import { logger, readJson, readNxJson, updateNxJson, writeJson, type Tree } from '@nx/devkit';
import { addGitignoreEntries, PYTHON_IGNORES } from '../integration/lib/gitignore-entries';
import { formatUserError, UserError } from '../../errors/user-error';
import { addIsIntegrationOverrides, ADOPTION_FOLDERS } from './lib/ddev-is-integration';
import { normalizePluginOptions, pluginOptionsOf } from '../../plugins/plugin-options';
import { defaultBaseFrom, detectLayout } from './lib/detect-layout';
import { releaseConfiguration } from './lib/release-configuration';

const PLUGIN = '@dd/plugin';
const NX_IGNORES = ['node_modules/', '.nx/cache', '.nx/workspace-data'];

/**
 * `nx g @dd/plugin:init` (also run by `nx add @dd/plugin`): registers the plugin, with the layout
 * of the repository it finds (integrations under `integrations/`, or at the root as in
 * integrations-extras and integrations-core), creating nx.json (with the checked-out branch as
 * `nx affected`'s base) and package.json when missing, and configures `nx release` for the
 * Python integrations unless nx.json configures releases already.
 * Nothing inside an integration's folder changes. Idempotent.
 */
export async function initGenerator(tree: Tree) {
  const layout = detectLayout(
    tree
      .children('')
      .map((name) => ({ name, hasManifest: tree.exists(`${name}/manifest.json`), isFile: tree.isFile(name) })),
  );
  const defaultBase = defaultBaseFrom(tree.read('.git/HEAD', 'utf-8'));
  const nxJson = readNxJson(tree) ?? {
    $schema: './node_modules/nx/schemas/nx-schema.json',
    ...(defaultBase ? { defaultBase } : {}),
  };
  const plugins = nxJson.plugins ?? [];
  const registered = plugins.some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN);
  // Once registered, the plugin's own option says where integrations are.
  const integrations = registered ? normalizePluginOptions(pluginOptionsOf(nxJson)).integrations : layout.integrations;
  const ddevConfig = integrations === '*' ? planDdevConfig(tree) : undefined;
  const entry =
    layout.integrations === 'integrations/*'
      ? PLUGIN
      : { plugin: PLUGIN, options: { integrations: layout.integrations } };
  if (nxJson.release && !registered) {
    logger.warn(
      'nx.json configures releases already: left as it is (the README of @dd/plugin shows the release configuration).',
    );
  }
  const updated = {
    ...nxJson,
    plugins: registered ? plugins : [...plugins, entry],
    release: nxJson.release ?? releaseConfiguration(),
  };
  if (!tree.exists('nx.json')) writeJson(tree, 'nx.json', updated);
  else if (!registered || !nxJson.release) updateNxJson(tree, updated);
  if (!tree.exists('package.json')) {
    writeJson(tree, 'package.json', { name: 'integrations', private: true, devDependencies: {} });
  }
  const pkg = readJson(tree, 'package.json');
  if (!pkg.devDependencies?.nx && !pkg.dependencies?.nx) {
    writeJson(tree, 'package.json', { ...pkg, devDependencies: { ...pkg.devDependencies, nx: nxVersion() } });
  }
  const gitignore = addGitignoreEntries(tree.read('.gitignore', 'utf-8') ?? '', [...PYTHON_IGNORES, ...NX_IGNORES]);
  if (gitignore !== undefined) tree.write('.gitignore', gitignore);
  if (integrations === 'integrations/*' && !tree.exists('integrations')) tree.write('integrations/.gitkeep', '');
  if (ddevConfig !== undefined) tree.write(DDEV_CONFIG, ddevConfig);
}

const DDEV_CONFIG = '.ddev/config.toml';

/**
 * With integrations at the root, ddev takes every root folder for an integration: the folders
 * adoption adds are set apart in `.ddev/config.toml`, so that ddev's validators pass after
 * adoption as before it. Read before anything is written: a file ddev could not read stops init.
 */
function planDdevConfig(tree: Tree): string | undefined {
  const edit = addIsIntegrationOverrides(tree.read(DDEV_CONFIG, 'utf-8'), ADOPTION_FOLDERS);
  if ('message' in edit) {
    throw new UserError(
      `${DDEV_CONFIG}:${edit.line}: not valid TOML (${edit.message}); nothing was written`,
      `fix ${DDEV_CONFIG}, then run nx g @dd/plugin:init again`,
    );
  }
  return edit.text;
}

/** The Nx version this plugin runs with (its peer), for a package.json that has none. */
function nxVersion(): string {
  return (require('nx/package.json') as { version: string }).version;
}

/** The entry Nx calls: a user mistake is printed with its fix, without a stack trace. */
export default async function initGeneratorCli(tree: Tree) {
  try {
    return await initGenerator(tree);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(formatUserError(error));
    throw error;
  }
}

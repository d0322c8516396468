import { readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { addGitignoreEntries, PYTHON_IGNORES } from '../integration/lib/gitignore-entries';

const PLUGIN = '@dd/plugin';

/** `nx g @dd/plugin:init` (also run by `nx add @dd/plugin`): registers the plugin. Idempotent. */
export async function initGenerator(tree: Tree) {
  const nxJson = readNxJson(tree) ?? {};
  const plugins = nxJson.plugins ?? [];
  const registered = plugins.some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN);
  if (!registered) updateNxJson(tree, { ...nxJson, plugins: [...plugins, PLUGIN] });
  const gitignore = addGitignoreEntries(tree.read('.gitignore', 'utf-8') ?? '', PYTHON_IGNORES);
  if (gitignore !== undefined) tree.write('.gitignore', gitignore);
  if (!tree.exists('integrations')) tree.write('integrations/.gitkeep', '');
}

export default initGenerator;

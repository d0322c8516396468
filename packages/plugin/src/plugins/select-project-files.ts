import { minimatch } from 'minimatch';
import { basename, dirname } from 'node:path';
import type { NormalizedPluginOptions } from './plugin-options';

/** A folder that looks meant to be a project but cannot be one, with the fix. */
export interface ProjectFileProblem {
  path: string;
  message: string;
  hint: string;
}

export interface ProjectFileSelection {
  /** manifest.json files of integration folders, one per project name. */
  integrations: string[];
  /** pyproject.toml files of shared library folders. */
  libraries: string[];
  problems: ProjectFileProblem[];
}

const matches = (folder: string, glob: string) => minimatch(folder, glob, { dot: false });

/**
 * Picks, from the candidate files Nx found, those that make projects under the options' folder
 * globs. Project names are folder names, so the second folder of a name is left out and reported;
 * a folder matched as an integration with a Python package but no manifest.json is reported too.
 */
export function selectProjectFiles(files: readonly string[], options: Pick<NormalizedPluginOptions, 'integrations' | 'libraries'>): ProjectFileSelection {
  const sorted = [...files].sort();
  const problems: ProjectFileProblem[] = [];
  const byName = new Map<string, string>();
  const integrations: string[] = [];
  for (const file of sorted) {
    if (basename(file) !== 'manifest.json' || !matches(dirname(file), options.integrations)) continue;
    const name = basename(dirname(file));
    const first = byName.get(name);
    if (first !== undefined) {
      problems.push({
        path: dirname(file),
        message: `another integration folder, ${dirname(first)}, has the same name '${name}', and Nx needs one project per name: this one is left out`,
        hint: 'rename one of the folders',
      });
      continue;
    }
    byName.set(name, file);
    integrations.push(file);
  }
  const integrationRoots = new Set(integrations.map((f) => dirname(f)));
  const libraries: string[] = [];
  for (const file of sorted) {
    if (basename(file) !== 'pyproject.toml') continue;
    const root = dirname(file);
    if (integrationRoots.has(root) || problems.some((p) => p.path === root)) continue;
    if (matches(root, options.libraries)) libraries.push(file);
    else if (matches(root, options.integrations)) {
      problems.push({
        path: root,
        message: 'has a Python package but no manifest.json, so it is not an integration project',
        hint: 'add its manifest.json (`nx g @dd/plugin:integration <name>` writes one), or move the folder out of the integrations folders',
      });
    }
  }
  return { integrations, libraries, problems };
}

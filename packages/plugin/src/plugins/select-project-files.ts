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
  /** One file per integration folder (its manifest.json, else its pyproject.toml or setup.py). */
  integrations: string[];
  /** pyproject.toml files of shared library folders. */
  libraries: string[];
  problems: ProjectFileProblem[];
}

/** The files that make a folder a project, in order of preference for naming it. */
export const PROJECT_MARKERS = ['manifest.json', 'pyproject.toml', 'setup.py'];
const matches = (folder: string, glob: string) => minimatch(folder, glob, { dot: false });

/**
 * Picks, from the candidate files Nx found, those that make projects under the options' folder
 * globs. An integration folder has a manifest.json (a tile, maybe with a check) or, as Datadog's
 * tooling counts them, a Python package (a check whose tile is published elsewhere). Project
 * names are folder names: the second folder of a name is left out and reported.
 */
export function selectProjectFiles(
  files: readonly string[],
  options: Pick<NormalizedPluginOptions, 'integrations' | 'libraries'>,
): ProjectFileSelection {
  const rank = (file: string) => PROJECT_MARKERS.indexOf(basename(file));
  const sorted = files
    .filter((f) => rank(f) >= 0)
    .sort((a, b) => dirname(a).localeCompare(dirname(b)) || rank(a) - rank(b));
  const problems: ProjectFileProblem[] = [];
  const byName = new Map<string, string>();
  const integrations: string[] = [];
  const libraries: string[] = [];
  const seen = new Set<string>();
  for (const file of sorted) {
    const root = dirname(file);
    if (seen.has(root)) continue;
    if (matches(root, options.integrations)) {
      seen.add(root);
      const name = basename(root);
      const first = byName.get(name);
      if (first === undefined) {
        byName.set(name, root);
        integrations.push(file);
      } else {
        problems.push({
          path: root,
          message: `another integration folder, ${first}, has the same name '${name}', and Nx needs one project per name: this one is left out`,
          hint: 'rename one of the folders',
        });
      }
    } else if (basename(file) === 'pyproject.toml' && matches(root, options.libraries)) {
      seen.add(root);
      libraries.push(file);
    }
  }
  return { integrations, libraries, problems };
}

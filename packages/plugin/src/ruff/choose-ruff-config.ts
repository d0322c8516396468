import { dirname, isAbsolute, join, relative } from 'node:path';

/** Where the ruff settings of an integration come from. */
export interface RuffConfigChoice {
  /** The file given to ruff as `--config`. */
  file: string;
  /** integration: its own pyproject.toml; parent: a parent folder's, up to the workspace root; baseline: the plugin's. */
  source: 'integration' | 'parent' | 'baseline';
}

/** What ddev looks for in a pyproject.toml (`ruff_settings_dir`): the literal section header. */
const RUFF_SECTION = /\[tool\.ruff\]/;

/**
 * The pyproject.toml files that may hold an integration's ruff settings, nearest first: its own,
 * then each parent folder's up to and including the workspace root (none above it).
 */
export function ruffConfigCandidates(projectRoot: string, workspaceRoot: string): string[] {
  const candidates = [join(projectRoot, 'pyproject.toml')];
  const inside = (dir: string) => {
    const rel = relative(workspaceRoot, dir);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  for (let dir = projectRoot; dir !== workspaceRoot && inside(dir) && dirname(dir) !== dir;) {
    dir = dirname(dir);
    candidates.push(join(dir, 'pyproject.toml'));
  }
  return candidates;
}

/**
 * The settings ruff lints an integration with, as Datadog's CI chooses them (ddev's
 * `ruff_settings_dir`): the integration's pyproject.toml when its text has `[tool.ruff]`, else
 * its parent folder's. The parent is the repository root in Datadog's repositories; here it is
 * the nearest parent up to the workspace root whose pyproject.toml has `[tool.ruff]`, and when
 * none has, the baseline the plugin ships (integrations-extras' own settings).
 * `readText` answers undefined for a file that does not exist.
 */
export function chooseRuffConfig(
  projectRoot: string,
  workspaceRoot: string,
  readText: (path: string) => string | undefined,
  baseline: string,
): RuffConfigChoice {
  const [own, ...parents] = ruffConfigCandidates(projectRoot, workspaceRoot);
  if (RUFF_SECTION.test(readText(own) ?? '')) return { file: own, source: 'integration' };
  const parent = parents.find((path) => RUFF_SECTION.test(readText(path) ?? ''));
  return parent ? { file: parent, source: 'parent' } : { file: baseline, source: 'baseline' };
}

import { parse } from 'smol-toml';
import { normaliseDistributionName, parseRequirements, requirementNames } from './parse-requirements';

/** What the project graph needs to know of a Python project. */
export interface PythonProjectInfo {
  /** Normalised distribution name, e.g. `datadog-redis`; undefined when none is declared. */
  distribution?: string;
  /** Normalised names of everything it requires, with the file that says so. */
  requires: { name: string; file: string }[];
}

/**
 * Reads a Python project's name and requirements from the texts of its pyproject.toml and
 * requirements.txt (either may be absent). A pyproject.toml that does not parse contributes
 * nothing: lint reports it, the graph must not fail on it.
 */
export function readPythonProjectInfo(files: { pyproject?: string; requirements?: string }): PythonProjectInfo {
  const requires: { name: string; file: string }[] = [];
  let distribution: string | undefined;
  if (files.pyproject !== undefined) {
    try {
      const project = (parse(files.pyproject).project ?? {}) as {
        name?: unknown;
        dependencies?: unknown;
        'optional-dependencies'?: Record<string, unknown>;
      };
      if (typeof project.name === 'string') distribution = normaliseDistributionName(project.name);
      const lists = [project.dependencies, ...Object.values(project['optional-dependencies'] ?? {})];
      for (const list of lists) {
        if (Array.isArray(list)) {
          for (const name of requirementNames(list.filter((x): x is string => typeof x === 'string'))) {
            requires.push({ name, file: 'pyproject.toml' });
          }
        }
      }
    } catch {
      // an unreadable pyproject.toml is lint's business
    }
  }
  if (files.requirements !== undefined) {
    for (const r of parseRequirements(files.requirements)) requires.push({ name: r.name, file: 'requirements.txt' });
  }
  return { distribution, requires };
}

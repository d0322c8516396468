import type { ChangelogFragment } from '../release/changelog-fragments';
import { bumpPyprojectFile, bumpRequirementsFile, requiredVersion } from '../release/requirement-bump';
import type { WorkspaceFile } from '../release/release-types';
import { parseRequirements } from '../python/parse-requirements';
import { readPythonProjectInfo } from '../python/python-project-info';
import type { ProjectFiles } from './read-project-files';

/** A workspace project this one requires, released with a new version in this release. */
export interface ReleasedDependency {
  distribution: string;
  version: string;
}

/** The normalised distribution name a project's pyproject.toml declares, if any. */
export function distributionOf(pyproject: string | undefined): string | undefined {
  return pyproject === undefined ? undefined : readPythonProjectInfo({ pyproject }).distribution;
}

/**
 * The version a project's requirement on `distribution` starts from, and the file that says so
 * (requirements.txt first, where the generated layout keeps requirements, then pyproject.toml).
 */
export function requirementOn(
  files: Pick<ProjectFiles, 'requirements' | 'pyproject'>,
  distribution: string,
): { version: string; file: string } | undefined {
  if (files.requirements) {
    for (const requirement of parseRequirements(files.requirements.text)) {
      const version = requiredVersion(requirement.text, distribution);
      if (version) return { version, file: 'requirements.txt' };
    }
  }
  if (files.pyproject) {
    for (const quoted of files.pyproject.text.matchAll(/(["'])((?:(?!\1).)*)\1/g)) {
      const version = requiredVersion(quoted[2], distribution);
      if (version) return { version, file: 'pyproject.toml' };
    }
  }
  return undefined;
}

/** The requirement files with every released dependency raised, and one changelog entry per raise. */
export type RaisedRequirements = { writes: WorkspaceFile[]; entries: ChangelogFragment[] } | { problem: string };

/** Raises a project's requirements on the dependencies this release gives a new version. */
export function raiseRequirements(
  files: Pick<ProjectFiles, 'requirements' | 'pyproject'>,
  dependencies: readonly ReleasedDependency[],
): RaisedRequirements {
  const writes: WorkspaceFile[] = [];
  const raised: string[] = [];
  for (const [file, bump] of [
    [files.requirements, bumpRequirementsFile],
    [files.pyproject, bumpPyprojectFile],
  ] as const) {
    if (!file) continue;
    let text = file.text;
    for (const dependency of dependencies) {
      const result = bump(text, dependency.distribution, dependency.version);
      if ('problem' in result) return { problem: `${file.path}: ${result.problem}` };
      text = result.text;
      raised.push(...result.raised);
    }
    if (text !== file.text) writes.push({ path: file.path, text });
  }
  const entries = [...new Set(raised)].map((requirement) => ({
    id: 'requirements',
    type: 'fixed' as const,
    text: `Require ${requirement}.`,
  }));
  return { writes, entries };
}

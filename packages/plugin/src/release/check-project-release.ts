import { FRAGMENT_DIR, parseFragment, type ChangelogFragment } from './changelog-fragments';
import { filesNeedingRelease } from './release-scope';
import type { ProjectReleaseInput, ReleaseProblem } from './release-types';
import { readAboutVersion, readManifestVersion } from './version-files';
import { RELEASE_VERSION_FORM, releaseVersionProblem } from '../versions/release-version';
import { compareVersions } from '../versions/version';

/** A changelog fragment read from its file. */
export interface FragmentFile extends ChangelogFragment {
  path: string;
}

/** What one project brings to a release: its version and fragments, or every problem found. */
export type ProjectReleaseCheck =
  | { ok: true; version: string; aboutLine: number; fragments: FragmentFile[] }
  | { ok: false; problems: ReleaseProblem[] };

/** How to write a fragment, the hint of every fragment problem. */
export function fragmentHint(root: string): string {
  return (
    `describe the change in ${root}/${FRAGMENT_DIR}/<pull request number or slug>.<type> ` +
    '(removed/changed: major, added/deprecated/security: minor, fixed: patch)'
  );
}

/**
 * Checks what a release reads of a project before anything is written: `__version__` is a
 * release version (PEP 440), a v1 manifest agrees with it, it is not behind the last release tag,
 * every fragment is well named and not empty, and a change since the last tag comes with a
 * fragment or a version plan. Every problem is reported, each at its file and line.
 */
export function checkProjectRelease(input: ProjectReleaseInput): ProjectReleaseCheck {
  const problem = (p: Omit<ReleaseProblem, 'project'>): ReleaseProblem => ({ project: input.name, ...p });
  const problems: ReleaseProblem[] = [];
  const version = checkVersion(input, problem, problems);

  const fragments: FragmentFile[] = [];
  for (const file of input.fragments) {
    const parsed = parseFragment(file.path.split('/').pop() ?? '', file.text);
    if ('problem' in parsed) {
      problems.push(
        problem({
          file: file.path,
          line: 1,
          message: `changelog fragment ${parsed.problem}`,
          hint: fragmentHint(input.root),
        }),
      );
    } else fragments.push({ ...parsed, path: file.path });
  }

  const needing = filesNeedingRelease(input.root, input.changedSinceRelease ?? []);
  if (needing.length > 0 && input.fragments.length === 0 && !input.hasVersionPlan) {
    const listed = needing.slice(0, 5).join(', ') + (needing.length > 5 ? `, and ${needing.length - 5} more` : '');
    problems.push(
      problem({
        message: `missing changelog entry: ${listed} changed since ${input.name} ${input.releasedVersion} was released, but ${input.root}/${FRAGMENT_DIR}/ has no fragment`,
        hint: `${fragmentHint(input.root)}, or write an Nx version plan (nx release plan)`,
      }),
    );
  }
  if (problems.length > 0 || !version) return { ok: false, problems };
  return { ok: true, version: version.version, aboutLine: version.line, fragments };
}

function checkVersion(
  input: ProjectReleaseInput,
  problem: (p: Omit<ReleaseProblem, 'project'>) => ReleaseProblem,
  problems: ReleaseProblem[],
): { version: string; line: number } | undefined {
  if (!input.about) {
    problems.push(
      problem({
        file: input.root,
        message: 'no datadog_checks/<module>/__about__.py: the version of a Python integration is read from it',
        hint: "create it with a line __version__ = '0.1.0'",
      }),
    );
    return undefined;
  }
  const about = readAboutVersion(input.about.text);
  if (!about) {
    problems.push(
      problem({
        file: input.about.path,
        message: 'no __version__ assignment',
        hint: "add a line __version__ = '0.1.0'",
      }),
    );
    return undefined;
  }
  const invalid = releaseVersionProblem(about.version);
  if (invalid) {
    problems.push(
      problem({
        file: input.about.path,
        line: about.line,
        message: `__version__ is '${about.version}', not a release version: it ${invalid}`,
        hint: `write a release version (${RELEASE_VERSION_FORM}), e.g. __version__ = '1.2.0'`,
      }),
    );
    return undefined;
  }
  if (input.releasedVersion && compareVersions(about.version, input.releasedVersion) < 0) {
    problems.push(
      problem({
        file: input.about.path,
        line: about.line,
        message: `__version__ is ${about.version}, behind the released ${input.name} ${input.releasedVersion}: versions never go backwards`,
        hint: `set __version__ to ${input.releasedVersion} (the last release), then add changelog fragments for the next one`,
      }),
    );
  }
  checkManifest(input, about.version, problem, problems);
  return about;
}

function checkManifest(
  input: ProjectReleaseInput,
  version: string,
  problem: (p: Omit<ReleaseProblem, 'project'>) => ReleaseProblem,
  problems: ReleaseProblem[],
): void {
  if (!input.manifest) return;
  const manifest = readManifestVersion(input.manifest.text);
  if (manifest.kind === 'invalid') {
    problems.push(
      problem({
        file: input.manifest.path,
        message: `manifest.json is not valid JSON (${manifest.reason})`,
        hint: `run nx lint ${input.name} and fix what it reports`,
      }),
    );
  } else if (manifest.kind === 'v1' && manifest.version !== version) {
    problems.push(
      problem({
        file: input.manifest.path,
        line: manifest.line,
        message: `version is ${JSON.stringify(manifest.version)} but __about__.py says '${version}'`,
        hint: `make both say the same version (__about__.py is the source: set "version": "${version}")`,
      }),
    );
  }
}

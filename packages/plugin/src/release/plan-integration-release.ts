import { hasChangelogEntry, insertChangelogEntry, renderChangelogEntry } from './changelog-entry';
import { FRAGMENT_DIR, fragmentBump, parseFragment, type ChangelogFragment } from './changelog-fragments';
import { formatReleaseTag, latestReleasedVersion } from './release-tag';
import { filesNeedingRelease } from './release-scope';
import type {
  IntegrationReleaseInput,
  PlannedRelease,
  ReleaseOptions,
  ReleaseProblem,
  WorkspaceFile,
} from './release-types';
import { RELEASE_VERSION_FORM, releaseVersionProblem } from '../versions/release-version';
import { bumpVersion, compareVersions, isBump, largestBump, type Bump } from '../versions/version';
import { readAboutVersion, readManifestVersion, writeAboutVersion, writeManifestVersion } from './version-files';
import { pythonModuleName } from '../integration/integration-names';

export type IntegrationPlan =
  | { status: 'release'; release: PlannedRelease }
  | { status: 'unchanged'; reason: string }
  | { status: 'invalid'; problems: ReleaseProblem[] };

const FRAGMENT_HINT = (root: string) =>
  `describe the change in ${root}/${FRAGMENT_DIR}/<pull request number or slug>.<type> ` +
  '(removed/changed: major, added/deprecated/security: minor, fixed: patch) and commit it';

/** Decides whether and how one integration is released; every problem found is reported. */
export function planIntegrationRelease(input: IntegrationReleaseInput, options: ReleaseOptions): IntegrationPlan {
  const problem = (p: Omit<ReleaseProblem, 'project'>): ReleaseProblem => ({ project: input.name, ...p });
  const current = readCurrentVersion(input, problem);
  const fragments = input.fragments.map((file) => ({
    file,
    parsed: parseFragment(file.path.split('/').pop() ?? '', file.text),
  }));
  const problems = [...current.problems];
  for (const { file, parsed } of fragments) {
    if ('problem' in parsed)
      problems.push(
        problem({ file: file.path, message: `changelog fragment ${parsed.problem}`, hint: FRAGMENT_HINT(input.root) }),
      );
  }
  if (problems.length > 0 || !current.version || !input.about) return { status: 'invalid', problems };

  const version = current.version;
  const released = latestReleasedVersion(input.name, input.tags);
  const releasedTag = released && formatReleaseTag(input.name, released);
  if (released && compareVersions(version, released) < 0) {
    return invalid(
      problem({
        file: input.about.path,
        line: current.line,
        message: `__version__ is ${version}, behind the released ${releasedTag}: versions never go backwards`,
        hint: `set __version__ to ${released} (the last release), then add changelog fragments for the next one`,
      }),
    );
  }
  const base = {
    project: input.name,
    root: input.root,
    previous: released,
    current: version,
  };
  const parsedFragments = fragments.map((f) => f.parsed as ChangelogFragment);

  if (parsedFragments.length > 0) {
    const next = nextVersion(version, parsedFragments, options.bump);
    if ('problem' in next) return invalid(problem({ message: next.problem, hint: next.hint }));
    const tag = formatReleaseTag(input.name, next.version);
    const entry = renderChangelogEntry(next.version, options.date, parsedFragments);
    const writes: WorkspaceFile[] = [
      { path: input.about.path, text: writeAboutVersion(input.about.text, next.version) },
      {
        path: input.changelog.path,
        text: insertChangelogEntry(input.changelog.text, entry, `CHANGELOG - ${input.name}`),
      },
    ];
    if (input.manifest && readManifestVersion(input.manifest.text).kind === 'v1') {
      writes.push({ path: input.manifest.path, text: writeManifestVersion(input.manifest.text, next.version) });
    }
    const release: PlannedRelease = {
      ...base,
      kind: 'bump',
      version: next.version,
      bump: next.bump,
      tag,
      changelogEntry: entry,
      writes,
      deletes: input.fragments.map((f) => f.path),
    };
    return { status: 'release', release };
  }

  if (!released || compareVersions(version, released) > 0) {
    if (!hasChangelogEntry(input.changelog.text, version)) {
      return invalid(
        problem({
          file: input.changelog.path,
          message: `missing changelog entry: ${version} is not released yet and neither CHANGELOG.md has a "## ${version}" section nor ${FRAGMENT_DIR}/ a fragment`,
          hint: FRAGMENT_HINT(input.root),
        }),
      );
    }
    const kind = released ? 'manual' : 'first';
    return {
      status: 'release',
      release: {
        ...base,
        kind,
        version,
        tag: formatReleaseTag(input.name, version),
        writes: [],
        deletes: [],
      },
    };
  }

  const needing = filesNeedingRelease(input.root, input.changedSinceTag ?? []);
  if (needing.length > 0) {
    const listed = needing.slice(0, 5).join(', ') + (needing.length > 5 ? `, and ${needing.length - 5} more` : '');
    return invalid(
      problem({
        message: `missing changelog entry: ${listed} changed since ${releasedTag}, but ${input.root}/${FRAGMENT_DIR}/ has no fragment`,
        hint: FRAGMENT_HINT(input.root),
      }),
    );
  }
  const reason =
    (input.changedSinceTag ?? []).length === 0
      ? `no changes since ${releasedTag}`
      : `only tests, CI or changelog files changed since ${releasedTag}`;
  return { status: 'unchanged', reason };
}

function invalid(problem: ReleaseProblem): IntegrationPlan {
  return { status: 'invalid', problems: [problem] };
}

/** The version in __about__.py, checked against the manifest's when a v1 manifest carries one. */
function readCurrentVersion(
  input: IntegrationReleaseInput,
  problem: (p: Omit<ReleaseProblem, 'project'>) => ReleaseProblem,
) {
  const problems: ReleaseProblem[] = [];
  if (!input.about) {
    problems.push(
      problem({
        file: `${input.root}/datadog_checks/${pythonModuleName(input.name)}/__about__.py`,
        message: 'no __about__.py: the version of an integration is read from it',
        hint: "create it with a line __version__ = '0.1.0'",
      }),
    );
    return { problems, version: undefined, line: undefined };
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
    return { problems, version: undefined, line: undefined };
  }
  const invalid = releaseVersionProblem(about.version);
  const version = invalid ? undefined : about.version;
  if (invalid) {
    problems.push(
      problem({
        file: input.about.path,
        line: about.line,
        message: `__version__ is '${about.version}', not a release version: it ${invalid}`,
        hint: `write a release version (${RELEASE_VERSION_FORM}), e.g. __version__ = '1.2.0'`,
      }),
    );
  }
  if (input.manifest) {
    const manifest = readManifestVersion(input.manifest.text);
    if (manifest.kind === 'invalid') {
      problems.push(
        problem({
          file: input.manifest.path,
          message: `manifest.json is not valid JSON (${manifest.reason})`,
          hint: `run nx lint ${input.name} and fix what it reports`,
        }),
      );
    } else if (manifest.kind === 'v1' && version && manifest.version !== about.version) {
      problems.push(
        problem({
          file: input.manifest.path,
          line: manifest.line,
          message: `version is ${JSON.stringify(manifest.version)} but __about__.py says '${about.version}'`,
          hint: `make both say the same version (__about__.py is the source: set "version": "${about.version}")`,
        }),
      );
    }
  }
  return { problems, version, line: about.line };
}

/** The next version: an explicit --bump wins, else the largest bump the fragments ask for. */
function nextVersion(
  current: string,
  fragments: readonly ChangelogFragment[],
  bump: string | undefined,
): { version: string; bump?: Bump } | { problem: string; hint: string } {
  if (bump !== undefined && isBump(bump)) return { version: bumpVersion(current, bump), bump };
  if (bump !== undefined) {
    const invalid = releaseVersionProblem(bump);
    if (invalid)
      return {
        problem: `--bump=${bump} is neither major, minor, patch nor a release version: it ${invalid}`,
        hint: `--bump=minor, or a release version (${RELEASE_VERSION_FORM})`,
      };
    if (compareVersions(bump, current) <= 0) {
      return {
        problem: `--bump=${bump} does not come after the current version ${current}: versions never go backwards`,
        hint: `pass a version after ${current}`,
      };
    }
    return { version: bump };
  }
  const largest = largestBump(fragments.map(fragmentBump)) ?? 'patch';
  return { version: bumpVersion(current, largest), bump: largest };
}

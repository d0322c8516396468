import { insertChangelogEntry, renderChangelogEntry } from './changelog-entry';
import type { ChangelogFragment } from './changelog-fragments';
import type { WorkspaceFile } from './release-types';
import { readManifestVersion, writeAboutVersion, writeManifestVersion } from './version-files';

/** What a project's release writes from, as it was before the release. */
export interface ReleaseFilesInput {
  name: string;
  about: WorkspaceFile;
  manifest: WorkspaceFile | undefined;
  /** CHANGELOG.md; `text` is undefined when the file does not exist yet. */
  changelog: { path: string; text: string | undefined };
  version: string;
  /** YYYY-MM-DD, as Datadog dates a CHANGELOG.md section. */
  date: string;
  /** The fragments, version plans and requirement updates of the release, as entries. */
  entries: readonly ChangelogFragment[];
}

/** The rendered CHANGELOG.md section and every file the release writes. */
export interface ReleaseFiles {
  changelogEntry: string;
  writes: WorkspaceFile[];
}

/**
 * The files a release of one project writes: `__version__` in `__about__.py`, a v1 manifest's
 * `version` kept in step, and a `## <version> / <date>` section at the top of CHANGELOG.md,
 * below its title, in Datadog's format. Always computed from the files as they were before the
 * release, so that computing it again (Nx may bump a project twice: for a dependency, then for
 * its own changes) gives the final result, not a second entry.
 */
export function renderReleaseFiles(input: ReleaseFilesInput): ReleaseFiles {
  const changelogEntry = renderChangelogEntry(input.version, input.date, input.entries);
  const writes: WorkspaceFile[] = [
    { path: input.about.path, text: writeAboutVersion(input.about.text, input.version) },
    {
      path: input.changelog.path,
      text: insertChangelogEntry(input.changelog.text, changelogEntry, `CHANGELOG - ${input.name}`),
    },
  ];
  if (input.manifest && readManifestVersion(input.manifest.text).kind === 'v1') {
    writes.push({ path: input.manifest.path, text: writeManifestVersion(input.manifest.text, input.version) });
  }
  return { changelogEntry, writes };
}

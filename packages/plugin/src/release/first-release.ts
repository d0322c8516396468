import { FRAGMENT_DIR } from './changelog-fragments';
import type { WorkspaceFile } from './release-types';
import { isReleaseVersion } from '../versions/release-version';
import { compareVersions } from '../versions/version';

/** What the first release of a never-released project asks of it. */
export interface FirstReleaseInput {
  name: string;
  root: string;
  /** `__version__` of `__about__.py`. */
  current: string;
  /** The version asked for on the command line (`nx release 0.1.0 --projects=<name>`). */
  requested: string;
  /** The newest version among the project's release tags; undefined: never released. */
  releasedVersion: string | undefined;
  changelog: { path: string; text: string | undefined };
  /** The fragments and version plans of the project, which a release as written would leave out. */
  pendingEntries: number;
  /** YYYY-MM-DD. */
  date: string;
}

/** A first release of the version as written: the files it writes (none when all is in place). */
export type FirstRelease =
  { asWritten: true; writes: WorkspaceFile[]; line: number } | { asWritten: false; problem: string; hint: string };

/**
 * The first release of a project, of the version its files have: what `ddev release tag` does for
 * an integration that arrives with `__version__` and its CHANGELOG.md section written (as
 * an integration adopted from elsewhere may have). It applies when the project was never tagged and
 * the command line asks for exactly its current version; undefined otherwise, for the usual bump.
 * The section `## <version>` must exist; it gets today's date when it has none.
 */
export function firstReleaseAsWritten(input: FirstReleaseInput): FirstRelease | undefined {
  const { name, root, current, requested } = input;
  if (input.releasedVersion !== undefined || !isReleaseVersion(requested) || !isReleaseVersion(current)) {
    return undefined;
  }
  if (compareVersions(requested, current) !== 0) return undefined;
  if (input.pendingEntries > 0) {
    return {
      asWritten: false,
      problem: `${name} ${current} would be released as written, but ${root}/${FRAGMENT_DIR}/ or a version plan describes changes it would leave out`,
      hint: `release them as the next version (nx release --projects=${name}), or move them into the ${current} section of ${input.changelog.path}`,
    };
  }
  const lines = (input.changelog.text ?? '').split('\n');
  const heading = new RegExp(`^##\\s+v?${escapeRegExp(current)}(\\s*/\\s*(\\S.*))?\\s*$`);
  const index = lines.findIndex((line) => heading.test(line));
  if (index === -1) {
    return {
      asWritten: false,
      problem: `${input.changelog.path} has no section for ${current}, the version ${name} would be first released as`,
      hint: `add '## ${current}' with what it brings to ${input.changelog.path}, or describe it in ${root}/${FRAGMENT_DIR}/ and release the next version (nx release --projects=${name})`,
    };
  }
  const dated = heading.exec(lines[index])![2] !== undefined;
  if (dated) return { asWritten: true, writes: [], line: index + 1 };
  const text = [...lines.slice(0, index), `## ${current} / ${input.date}`, ...lines.slice(index + 1)].join('\n');
  return { asWritten: true, writes: [{ path: input.changelog.path, text }], line: index + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

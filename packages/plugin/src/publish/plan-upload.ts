import type { IndexFile } from './parse-simple-index';

/** A file to publish: its name and the sha256 of its content. */
export interface Artifact {
  filename: string;
  sha256: string;
}

/**
 * Why a project is published: `nx release` has just given it a new version, which no index may
 * have yet; or `nx release publish` alone is run, to publish what the index still lacks (after a
 * failed upload, or for a release made with --skip-publish).
 */
export type UploadMode = 'new-version' | 'resume';

export type UploadPlan =
  | {
      upload: Artifact[];
      /** Files the index has already: left as they are (a published file never changes). */
      present: { filename: string; same: boolean | undefined }[];
    }
  | { problem: string; hint: string };

/**
 * What to upload of a project's wheel and sdist, decided before anything is uploaded, so that a
 * project is published whole or not at all. A new version that the index already has (a file of
 * the same name) is a conflict and nothing is uploaded; when resuming, files the index has are
 * skipped and only the missing ones are uploaded.
 */
export function planUpload(
  artifacts: readonly Artifact[],
  indexFiles: readonly IndexFile[],
  mode: UploadMode,
  where: string,
): UploadPlan {
  const listed = new Map(indexFiles.map((f) => [f.filename.toLowerCase(), f]));
  const present = artifacts
    .filter((a) => listed.has(a.filename.toLowerCase()))
    .map((a) => {
      const sha = listed.get(a.filename.toLowerCase())!.sha256;
      return { filename: a.filename, same: sha === undefined ? undefined : sha === a.sha256 };
    });
  if (mode === 'new-version' && present.length > 0) {
    return {
      problem: `${where} already has ${present.map((p) => p.filename).join(' and ')}`,
      hint: 'a published version never changes: describe the next change with a changelog.d fragment and release again (nx release)',
    };
  }
  return { upload: artifacts.filter((a) => !listed.has(a.filename.toLowerCase())), present };
}

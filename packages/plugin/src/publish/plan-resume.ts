import { parseArtifactName } from './artifact-name';
import type { IndexFile } from './parse-simple-index';
import { normaliseDistributionName } from '../python/parse-requirements';
import { compareVersions } from '../versions/version';

/** What `nx release publish`, run on its own, knows of a project before building anything. */
export interface ResumeInput {
  project: string;
  /** `__version__` of `__about__.py`; undefined when it cannot be read. */
  version: string | undefined;
  /** The release tag of that version, and whether it exists. */
  tag: string | undefined;
  tagged: boolean;
  /** The distribution name (pyproject.toml's `[project] name`). */
  distribution: string | undefined;
  /** What the index lists for the distribution; undefined when it was not asked. */
  indexFiles: readonly IndexFile[] | undefined;
}

/** What to do: skip a version never released, skip one the index has whole, or build and upload the rest. */
export type ResumeStep = { step: 'skip'; message: string } | { step: 'published'; message: string } | { step: 'build' };

/**
 * A publish run on its own uploads released versions only: the version of `__about__.py` with its
 * release tag (`nx release` makes both). A version the index has whole, wheel and sdist, needs no
 * build; anything else is built (from Nx's cache when it can) and what the index lacks is uploaded.
 * Versions are compared as PEP 440 does, names as PyPI normalises them.
 */
export function planResume(input: ResumeInput): ResumeStep {
  const { project, version, tag } = input;
  if (version === undefined || tag === undefined) return { step: 'build' };
  if (!input.tagged) {
    return {
      step: 'skip',
      message: `Skipped ${project}: ${version} is not released (no tag ${tag}); nx release makes the release, then publishes it.`,
    };
  }
  if (!input.distribution || !input.indexFiles) return { step: 'build' };
  const distribution = normaliseDistributionName(input.distribution);
  const kinds = new Set(
    input.indexFiles
      .map((file) => parseArtifactName(file.filename))
      .filter((a) => a && a.distribution === distribution && sameVersion(a.version, version))
      .map((a) => a!.kind),
  );
  if (kinds.has('wheel') && kinds.has('sdist')) {
    return { step: 'published', message: `${input.distribution} ${version} is published already (wheel and sdist).` };
  }
  return { step: 'build' };
}

function sameVersion(a: string, b: string): boolean {
  try {
    return compareVersions(a, b) === 0;
  } catch {
    return false;
  }
}

import { UserError } from '../../../errors/user-error';
import { parseArtifactName } from '../../../publish/artifact-name';
import type { Artifact } from '../../../publish/plan-upload';
import { compareVersions } from '../../../versions/version';
import { pickArtifacts } from '../../package/lib/build-command';
import type { PublishRelease } from './normalize-options';

/** The wheel and sdist to publish, and what they hold. */
export interface PublishedArtifacts {
  wheel: Artifact;
  sdist: Artifact;
  distribution: string;
  version: string;
}

/**
 * Picks the wheel and sdist of the package folder and checks that they are one distribution at
 * one version: the new version, when `nx release` has just made one.
 */
export function readArtifacts(files: readonly Artifact[], folder: string, release: PublishRelease): PublishedArtifacts {
  const picked = pickArtifacts(files.map((f) => f.filename));
  if ('problem' in picked) {
    throw new UserError(
      `Nothing to publish in ${folder}: ${picked.problem}.`,
      'build the package (nx run <project>:package) and publish again',
    );
  }
  const wheel = parseArtifactName(picked.wheel);
  const sdist = parseArtifactName(picked.sdist);
  const byName = (name: string) => files.find((f) => f.filename === name)!;
  if (
    !wheel ||
    !sdist ||
    wheel.distribution !== sdist.distribution ||
    compareVersions(wheel.version, sdist.version) !== 0
  ) {
    throw new UserError(
      `${folder} holds ${picked.wheel} and ${picked.sdist}, which are not one distribution at one version.`,
      'rebuild the package with nx run <project>:package --skip-nx-cache',
    );
  }
  if (release.kind === 'new-version' && compareVersions(wheel.version, release.version) !== 0) {
    throw new UserError(
      `${folder} holds version ${wheel.version}, but this release made ${release.version}.`,
      'rebuild the package with nx run <project>:package --skip-nx-cache and publish again (nx release publish)',
    );
  }
  return {
    wheel: byName(picked.wheel),
    sdist: byName(picked.sdist),
    distribution: wheel.distribution,
    version: wheel.version,
  };
}

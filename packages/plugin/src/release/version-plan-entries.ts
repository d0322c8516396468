import type { ChangelogFragment, FragmentType } from './changelog-fragments';

/** An Nx version plan's part for one project: its file, its bump and its message. */
export interface VersionPlanChange {
  /** The plan's path, e.g. `.nx/version-plans/fix-port.md`. */
  path: string;
  /** The bump it asks for: major, minor, patch (or Nx's pre-release forms of them). */
  bump: string;
  message: string;
}

/**
 * Version plans as changelog entries in Datadog's sections: a major bump is a change
 * (***Changed***), a minor one an addition (***Added***), a patch a fix (***Fixed***). Plans
 * have no finer type than their bump; fragments do, which is why they are the default.
 */
export function versionPlanEntries(changes: readonly VersionPlanChange[]): ChangelogFragment[] {
  return changes
    .filter((change) => change.message.trim() !== '')
    .map((change) => ({
      id: (change.path.split('/').pop() ?? change.path).replace(/\.md$/, ''),
      type: typeOfBump(change.bump),
      text: change.message.trim(),
    }));
}

function typeOfBump(bump: string): FragmentType {
  const plain = bump.replace(/^pre/, '');
  if (plain === 'major') return 'changed';
  if (plain === 'minor') return 'added';
  return 'fixed';
}

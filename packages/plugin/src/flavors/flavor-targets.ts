/** Per-flavor test targets follow Nx's convention for split targets: `test--<flavor>`. */
export const FLAVOR_TARGET_PREFIX = 'test--';

export function flavorTargetName(flavor: string): string {
  return `${FLAVOR_TARGET_PREFIX}${flavor}`;
}

/** The flavor a target runs, from its name; undefined for a target that is not per flavor. */
export function flavorOfTarget(targetName: string | undefined): string | undefined {
  return targetName?.startsWith(FLAVOR_TARGET_PREFIX) ? targetName.slice(FLAVOR_TARGET_PREFIX.length) : undefined;
}

/** The flavors an integration's tests run for, as the project graph needs them. */
export interface FlavorInfo {
  name: string;
  isDefault: boolean;
}

/** Left in a flavor's report folder when its task skipped (another flavor asked, or --unit). */
export const SKIPPED_FILE = 'skipped.txt';

/** Per-flavor test targets follow Nx's convention for split targets: `<test target>--<flavor>`. */
export function flavorTargetName(flavor: string, testTarget = 'test'): string {
  return `${testTarget}--${flavor}`;
}

/** The flavor a target runs, from its name; undefined for a target that is not per flavor. */
export function flavorOfTarget(targetName: string | undefined, testTarget = 'test'): string | undefined {
  const prefix = `${testTarget}--`;
  return targetName?.startsWith(prefix) ? targetName.slice(prefix.length) : undefined;
}

/** The flavors an integration's tests run for, as the project graph needs them. */
export interface FlavorInfo {
  name: string;
  isDefault: boolean;
  /**
   * Where the flavor is declared: ci/env.yaml (its services start for it), or, for `hatch`, an
   * environment of hatch.toml's test matrix (its variables are set for it, as `ddev test` does).
   */
  source?: 'hatch';
}

/** Left in a flavor's report folder when its task skipped (another flavor asked, or --unit). */
export const SKIPPED_FILE = 'skipped.txt';

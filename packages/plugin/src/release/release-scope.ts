/**
 * Paths of an integration (relative to its folder) whose changes alone need no release: they
 * reach neither the wheel nor the tile. Anything else changed since the last tag (code,
 * requirements, README, manifest, metadata) must be described by a changelog fragment.
 */
const NOT_RELEASED = [/^tests\//, /^ci\//, /^changelog\.d\//, /^images\//, /^CHANGELOG\.md$/];

/** The files among `changed` (workspace-relative) whose change calls for a release. */
export function filesNeedingRelease(root: string, changed: readonly string[]): string[] {
  const prefix = `${root.replace(/\/+$/, '')}/`;
  return changed.filter((file) => {
    const inner = file.startsWith(prefix) ? file.slice(prefix.length) : file;
    return !NOT_RELEASED.some((pattern) => pattern.test(inner));
  });
}

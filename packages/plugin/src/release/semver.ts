/** A release version: MAJOR.MINOR.PATCH, the only form integrations are released with. */
export interface Semver {
  major: number;
  minor: number;
  patch: number;
}

export type Bump = 'major' | 'minor' | 'patch';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Parses `1.2.3`; anything else (`1.2`, `v1.2.3`, `1.2.3rc1`, `01.2.3`) is `undefined`. */
export function parseSemver(text: string): Semver | undefined {
  const match = SEMVER.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function formatSemver(version: Semver): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

/** Negative when `a` comes before `b`, zero when equal, positive after. */
export function compareSemver(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** The next version for a bump: a major resets minor and patch, a minor resets patch. */
export function bumpSemver(version: Semver, bump: Bump): Semver {
  if (bump === 'major') return { major: version.major + 1, minor: 0, patch: 0 };
  if (bump === 'minor') return { major: version.major, minor: version.minor + 1, patch: 0 };
  return { ...version, patch: version.patch + 1 };
}

const ORDER: Bump[] = ['patch', 'minor', 'major'];

/** The largest of several bumps (`undefined` for none). */
export function largestBump(bumps: readonly Bump[]): Bump | undefined {
  return bumps.reduce<Bump | undefined>(
    (max, b) => (max === undefined || ORDER.indexOf(b) > ORDER.indexOf(max) ? b : max),
    undefined,
  );
}

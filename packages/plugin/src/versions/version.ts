import { compare, explain, inc } from '@renovatebot/pep440';

/**
 * An integration's version is its Python package's (`__version__` in `__about__.py`), so versions
 * are read, ordered and bumped as PEP 440 says, through @renovatebot/pep440.
 */

/** PEP 440's pre-release labels in normal form: alpha, beta, release candidate. */
export type PreLabel = 'a' | 'b' | 'rc';

/** A PEP 440 version taken apart; `text` is the version as written. */
export interface Version {
  text: string;
  epoch: number;
  /** The release numbers: `[1, 2, 3]` for 1.2.3. */
  release: number[];
  /** The pre-release, in PEP 440's short form: `['rc', 1]` for 1.2.3rc1 and 1.2.3-rc.1. */
  pre?: [label: PreLabel, number: number];
  post?: number;
  dev?: number;
  local?: string;
}

/** What a change asks of the next version. */
export type Bump = 'major' | 'minor' | 'patch';

const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

/** Takes a version apart; `undefined` when the text is not a PEP 440 version. */
export function parseVersion(text: string): Version | undefined {
  const parsed = explain(text);
  if (!parsed) return undefined;
  const version: Version = { text, epoch: parsed.epoch, release: parsed.release };
  // explain() gives the parts in PEP 440's normal form: pre ['rc', 1], post 1, dev 0, or null.
  if (parsed.is_prerelease && parsed.pre) version.pre = [parsed.pre[0] as PreLabel, Number(parsed.pre[1])];
  if (parsed.is_postrelease) version.post = Number(parsed.post);
  if (parsed.is_devrelease) version.dev = Number(parsed.dev);
  if (parsed.local !== null) version.local = parsed.local;
  return version;
}

/** PEP 440 order: negative when `a` comes first, zero when equal (1.2.3rc1 < 1.2.3 = 1.2.3.0). Both must be versions. */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}

/**
 * The next version for a bump: a major resets minor and patch, a minor resets patch. A pre-release
 * is followed by its final version when the bump allows it (1.3.0rc1 + minor = 1.3.0).
 */
export function bumpVersion(version: string, bump: Bump): string {
  const next = inc(version, bump);
  if (next === null) throw new TypeError(`cannot bump '${version}': not a PEP 440 version`);
  return next;
}

/** True for `major`, `minor` and `patch`. */
export function isBump(text: string): text is Bump {
  return (BUMPS as readonly string[]).includes(text);
}

/** The largest of several bumps (`undefined` for none). */
export function largestBump(bumps: readonly Bump[]): Bump | undefined {
  return bumps.reduce<Bump | undefined>(
    (max, b) => (max === undefined || BUMPS.indexOf(b) > BUMPS.indexOf(max) ? b : max),
    undefined,
  );
}

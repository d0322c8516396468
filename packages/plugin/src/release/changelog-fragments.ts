import type { Bump } from '../versions/version';

/**
 * Datadog's changelog fragment types, in the order their sections appear in CHANGELOG.md, with
 * the version bump each one asks for.
 */
export const FRAGMENT_TYPES = {
  removed: { bump: 'major', heading: 'Removed' },
  changed: { bump: 'major', heading: 'Changed' },
  security: { bump: 'minor', heading: 'Security' },
  deprecated: { bump: 'minor', heading: 'Deprecated' },
  added: { bump: 'minor', heading: 'Added' },
  fixed: { bump: 'patch', heading: 'Fixed' },
} as const satisfies Record<string, { bump: Bump; heading: string }>;

export type FragmentType = keyof typeof FRAGMENT_TYPES;

/** The folder of an integration that holds its pending changelog fragments. */
export const FRAGMENT_DIR = 'changelog.d';

/** One pending change: `changelog.d/<id>.<type>`, whose text becomes a CHANGELOG bullet. */
export interface ChangelogFragment {
  /** A pull request number or a short slug. */
  id: string;
  type: FragmentType;
  text: string;
}

export type ParsedFragment = ChangelogFragment | { problem: string };

const NAME = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.([a-z]+)$/;
const TYPE_LIST = Object.keys(FRAGMENT_TYPES).join(', ');

/** Reads a fragment from its file name and content, or says what is wrong with it. */
export function parseFragment(fileName: string, content: string): ParsedFragment {
  const match = NAME.exec(fileName);
  if (!match) {
    return { problem: `'${fileName}' is not named <pull request number or slug>.<type> (types: ${TYPE_LIST})` };
  }
  const [, id, type] = match;
  if (!(type in FRAGMENT_TYPES)) {
    return { problem: `'${fileName}' has the unknown type '${type}'; expected one of ${TYPE_LIST}` };
  }
  const text = content.trim();
  if (!text) return { problem: `'${fileName}' is empty; write the change as one sentence for the changelog` };
  return { id, type: type as FragmentType, text };
}

/** The bump a fragment asks for. */
export function fragmentBump(fragment: Pick<ChangelogFragment, 'type'>): Bump {
  return FRAGMENT_TYPES[fragment.type].bump;
}

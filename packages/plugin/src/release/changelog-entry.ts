import { FRAGMENT_TYPES, type ChangelogFragment, type FragmentType } from './changelog-fragments';

/**
 * A CHANGELOG.md section in Datadog's format: `## <version> / <date>`, then one `***Type***:`
 * block per fragment type in a fixed order, one bullet per fragment. A numeric fragment id is
 * a pull request and is cited after the text.
 */
export function renderChangelogEntry(version: string, date: string, fragments: readonly ChangelogFragment[]): string {
  const blocks: string[] = [];
  for (const type of Object.keys(FRAGMENT_TYPES) as FragmentType[]) {
    const ofType = fragments.filter((f) => f.type === type).sort((a, b) => a.id.localeCompare(b.id));
    if (ofType.length === 0) continue;
    const bullets = ofType.map((f) => `* ${indentContinuation(f.text)}${/^\d+$/.test(f.id) ? ` (#${f.id})` : ''}`);
    blocks.push(`***${FRAGMENT_TYPES[type].heading}***:\n\n${bullets.join('\n')}`);
  }
  return `## ${version} / ${date}\n\n${blocks.join('\n\n')}\n`;
}

function indentContinuation(text: string): string {
  return text.replace(/\r?\n/g, '\n  ');
}

/** The line towncrier (Datadog's changelog tool) writes entries below. */
const TOWNCRIER_MARKER = '<!-- towncrier release notes start -->';

/**
 * Inserts an entry above the newest one: below the `# ` title, or below towncrier's marker when
 * the changelog has one (a title is added when missing).
 */
export function insertChangelogEntry(changelog: string | undefined, entry: string, title: string): string {
  const lines = (changelog ?? '').split('\n');
  const marker = lines.findIndex((l) => l.trim() === TOWNCRIER_MARKER);
  const titleIndex = marker !== -1 ? marker : lines.findIndex((l) => /^# /.test(l));
  if (titleIndex === -1) return `# ${title}\n\n${entry}${changelog?.trim() ? `\n${changelog}` : ''}`;
  let bodyStart = titleIndex + 1;
  while (bodyStart < lines.length && lines[bodyStart].trim() === '') bodyStart++;
  const head = lines.slice(0, titleIndex + 1).join('\n');
  const body = lines.slice(bodyStart).join('\n');
  return `${head}\n\n${entry}${body.trim() ? `\n${body}` : ''}`;
}

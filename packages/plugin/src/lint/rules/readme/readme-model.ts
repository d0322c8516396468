/** A Markdown heading with its level, line and the line where its section ends (exclusive). */
export interface ReadmeSection {
  title: string;
  level: number;
  line: number;
  end: number;
  /** True when the section has text (or sub-sections) before the next heading of its level. */
  hasContent: boolean;
}

/** The text a heading shows, as an HTML renderer gives it: no emphasis, code marks or link targets. */
export function headingText(raw: string): string {
  return raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .trim();
}

const SETEXT_H1 = /^ {0,3}=+\s*$/;
const SETEXT_H2 = /^ {0,3}-+\s*$/;
const ATX_OPENING = /^ {0,3}(#{1,6})\s+/;

/**
 * An ATX heading (`## Setup ##`): its level and text without the closing hashes. Written without
 * one regular expression over the whole line, which backtracks for minutes on a long run of
 * spaces or tabs inside the heading.
 */
function readAtxHeading(line: string): { level: number; text: string } | undefined {
  const opening = ATX_OPENING.exec(line);
  if (!opening) return undefined;
  let end = line.trimEnd().length;
  while (end > opening[0].length && line[end - 1] === '#') end--;
  const text = line.slice(opening[0].length, end).trimEnd();
  // a line break other than \n (\r, U+2028, U+2029) inside the text makes it no heading
  return /[\r\u2028\u2029]/.test(text) ? undefined : { level: opening[1].length, text };
}

/**
 * Lists the headings of a Markdown text, ATX (`## Setup`) and setext (`Setup` over `---`),
 * skipping fenced code blocks.
 */
export function readSections(text: string): ReadmeSection[] {
  const lines = text.split(/\r?\n/);
  const headings: { title: string; level: number; line: number }[] = [];
  let fence = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    if (fence) return;
    const atx = readAtxHeading(l);
    if (atx) headings.push({ title: headingText(atx.text), level: atx.level, line: i + 1 });
    const next = lines[i + 1] ?? '';
    const setext = SETEXT_H1.test(next) ? 1 : SETEXT_H2.test(next) ? 2 : 0;
    if (!atx && setext && /\S/.test(l) && !/^\s*([-*+>|]|\d+\.)\s/.test(l) && !/^\s*\|/.test(l) && !SETEXT_H2.test(l)) {
      headings.push({ title: headingText(l), level: setext, line: i + 1 });
    }
  });
  return headings.map((h, index) => {
    const next = headings.slice(index + 1).find((o) => o.level <= h.level);
    const end = next ? next.line : lines.length + 1;
    const underline = lines[h.line]?.match(SETEXT_H1) || lines[h.line]?.match(SETEXT_H2) ? 1 : 0;
    const body = lines
      .slice(h.line + underline, end - 1)
      .join('\n')
      .trim();
    return { ...h, end, hasContent: body !== '' };
  });
}

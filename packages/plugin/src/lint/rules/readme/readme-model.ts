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
    const atx = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (atx) headings.push({ title: headingText(atx[2]), level: atx[1].length, line: i + 1 });
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
    const body = lines.slice(h.line + underline, end - 1).join('\n').trim();
    return { ...h, end, hasContent: body !== '' };
  });
}

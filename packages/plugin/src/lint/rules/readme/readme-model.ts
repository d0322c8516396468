/** A Markdown heading with its level, line and the line where its section ends (exclusive). */
export interface ReadmeSection {
  title: string;
  level: number;
  line: number;
  end: number;
  /** True when the section has text (or sub-sections) before the next heading of its level. */
  hasContent: boolean;
}

/** Lists the headings of a Markdown text, skipping fenced code blocks. */
export function readSections(text: string): ReadmeSection[] {
  const lines = text.split(/\r?\n/);
  const headings: { title: string; level: number; line: number }[] = [];
  let fence = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    const m = !fence && /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (m) headings.push({ title: m[2].trim(), level: m[1].length, line: i + 1 });
  });
  return headings.map((h, index) => {
    const next = headings.slice(index + 1).find((o) => o.level <= h.level);
    const end = next ? next.line : lines.length + 1;
    const body = lines.slice(h.line, end - 1).join('\n').trim();
    return { ...h, end, hasContent: body !== '' };
  });
}

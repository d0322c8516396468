/** The line of CODEOWNERS that `ddev validate codeowners` takes as a folder's entry. */
export interface CodeownersEntry {
  /** 1-based line number in CODEOWNERS. */
  line: number;
  /** The first owner written after the path, or undefined when the line names none. */
  owner?: string;
}

/** ddev's `DIRECTORY_REGEX` (`\/(.*)\/$`): `$` also matches before a final line feed. */
const DIRECTORY = /^\/([^\n]*)\/\n?$/;

/** Where Python's `splitlines` also ends a line, beside `\n`: such a line keeps its end. */
// eslint-disable-next-line no-control-regex -- Python's line boundaries include \x1c-\x1e
const OTHER_LINE_ENDS = /(?<=[\v\f\x1c-\x1e\x85\u2028\u2029])/;

/**
 * A folder's entry, found as ddev's `_create_codeowners_map` finds it: the last line whose first
 * word (words are split on single spaces; a lone tab is dropped) is `/<folder>/`. Its owner is the
 * second word, whatever it is. Globs and longer paths are not entries: `/foo/*` or `**` do not count.
 * Lines are read as Python reads the file (`\r\n` and `\r` are `\n`), and numbered as editors number them.
 */
export function findCodeownersEntry(text: string, folder: string): CodeownersEntry | undefined {
  const needle = `/${folder}/`;
  if (!text.includes(needle)) return undefined;
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let entry: CodeownersEntry | undefined;
  let line = 1;
  let counted = 0;
  // Only the lines that mention the path can be its entry: find them, and count lines up to each.
  for (let at = normalized.indexOf(needle); at >= 0;) {
    const start = normalized.lastIndexOf('\n', at) + 1;
    const endAt = normalized.indexOf('\n', at);
    const end = endAt < 0 ? normalized.length : endAt;
    for (let nl = normalized.indexOf('\n', counted); nl >= 0 && nl < start; nl = normalized.indexOf('\n', nl + 1))
      line++;
    counted = start;
    const pieces = normalized.slice(start, end).split(OTHER_LINE_ENDS);
    pieces.forEach((piece, i) => {
      // ddev keeps the line's end: `/foo/ ` then a line feed has the line feed for owner.
      const kept = i === pieces.length - 1 && endAt >= 0 ? `${piece}\n` : piece;
      const parts = kept.split(' ').filter((part) => part !== '' && part !== '\t');
      const match = parts.length > 0 ? DIRECTORY.exec(parts[0]) : null;
      if (match && match[1] === folder)
        entry = { line, owner: parts.length < 2 ? undefined : parts[1].replace(/\n$/, '') };
    });
    at = endAt < 0 ? -1 : normalized.indexOf(needle, endAt);
  }
  return entry;
}

/** A file `ruff format` would rewrite. */
export interface FormatChange {
  /** As the diff names it: relative to the folder ruff ran in. */
  file: string;
  /** The first line the formatter changes, in the file as it is now. */
  line: number;
  /** How many separate places change (the diff's hunks). */
  hunks: number;
}

const FILE_HEADER = /^--- (.+)$/;
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/**
 * Reads the unified diff of `ruff format --diff`: one entry per file, in the diff's order. Hunks
 * are read by their line counts, so a removed line that starts with `--` is not a file header.
 */
export function parseFormatDiff(diff: string): FormatChange[] {
  const lines = diff.split('\n');
  const changes: FormatChange[] = [];
  let current: FormatChange | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = FILE_HEADER.exec(lines[i]);
    if (header && lines[i + 1]?.startsWith('+++ ')) {
      current = { file: header[1].trim(), line: 0, hunks: 0 };
      changes.push(current);
      i++;
      continue;
    }
    const hunk = HUNK_HEADER.exec(lines[i]);
    if (!hunk || !current) continue;
    const [oldStart, oldCount] = [Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2])];
    const newCount = hunk[3] === undefined ? 1 : Number(hunk[3]);
    const body = readHunk(lines, i + 1, oldStart, oldCount, newCount);
    current.hunks++;
    if (current.line === 0) current.line = body.firstChange;
    i = body.end - 1;
  }
  return changes;
}

/** Walks one hunk's lines; answers where it ends and the old-file line of its first change. */
function readHunk(
  lines: readonly string[],
  start: number,
  oldStart: number,
  oldCount: number,
  newCount: number,
): { end: number; firstChange: number } {
  let [oldLeft, newLeft, oldLine, firstChange] = [oldCount, newCount, oldStart, 0];
  let i = start;
  for (; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
    const kind = lines[i][0];
    if (kind === '\\') continue; // "\ No newline at end of file"
    if ((kind === '-' || kind === '+') && firstChange === 0) firstChange = oldLine;
    if (kind !== '+') [oldLeft, oldLine] = [oldLeft - 1, oldLine + 1];
    if (kind !== '-') newLeft--;
  }
  const lastOldLine = Math.max(1, oldStart + oldCount - 1);
  return { end: i, firstChange: Math.max(1, Math.min(firstChange || oldStart, lastOldLine)) };
}

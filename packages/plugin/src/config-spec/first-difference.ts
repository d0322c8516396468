/** Where a file on disk first departs from its rendering, with a short unified diff around it. */
export interface FirstDifference {
  /** 1-based line of the file on disk. */
  line: number;
  /** `@@ -a,b +c,d @@` and its lines: 3 lines of context, removed `-` (disk), added `+` (rendering). */
  diff: string[];
}

/** How Python reads text (universal newlines), which is how ddev reads the example it compares. */
export function universalNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const CONTEXT = 3;
/** How far apart the two sides may run before they are taken as not meeting again. */
const SEARCH = 400;

/** The shortest change after `i` after which both sides agree again (for CONTEXT lines, or to their ends). */
function resync(a: string[], b: string[], i: number): [number, number] {
  const agreeFrom = (x: number, y: number) => {
    if (x === a.length || y === b.length) return x === a.length && y === b.length;
    for (let k = 0; k < CONTEXT && x + k < a.length && y + k < b.length; k++) if (a[x + k] !== b[y + k]) return false;
    return true;
  };
  for (let d = 1; d <= SEARCH; d++) {
    for (let da = 0; da <= d; da++) {
      const x = i + da;
      const y = i + d - da;
      if (x <= a.length && y <= b.length && agreeFrom(x, y)) return [da, d - da];
    }
  }
  return [a.length - i, b.length - i];
}

/**
 * Compares an example as ddev does (the disk's line endings read as Python reads them) with its
 * rendering; undefined when they agree. The diff holds at most `maxLines` lines.
 */
export function firstDifference(disk: string, rendered: string, maxLines = 15): FirstDifference | undefined {
  const normalized = universalNewlines(disk);
  if (normalized === rendered) return undefined;
  const a = splitLines(normalized);
  const b = splitLines(rendered);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) {
    // Only the new line at the very end differs.
    const last = a[a.length - 1] ?? '';
    const noNewline = '\\ No newline at end of file';
    const diskEnds = normalized.endsWith('\n');
    return {
      line: Math.max(1, a.length),
      diff: [
        `@@ -${a.length},1 +${a.length},1 @@`,
        `-${last}`,
        ...(diskEnds ? [] : [noNewline]),
        `+${last}`,
        ...(diskEnds ? [noNewline] : []),
      ],
    };
  }
  const [da, db] = resync(a, b, i);
  const start = Math.max(0, i - CONTEXT);
  const before = a.slice(start, i).map((l) => ` ${l}`);
  const after = a.slice(i + da, i + da + CONTEXT).map((l) => ` ${l}`);
  const removed = a.slice(i, i + da).map((l) => `-${l}`);
  const added = b.slice(i, i + db).map((l) => `+${l}`);
  const header = `@@ -${start + 1},${before.length + da + after.length} +${start + 1},${before.length + db + after.length} @@`;
  let changed = [...removed, ...added];
  const room = Math.max(2, maxLines - 1 - before.length - after.length);
  if (changed.length > room)
    changed = [...changed.slice(0, room - 1), `… ${changed.length - room + 1} more changed lines`];
  return { line: Math.min(i + 1, Math.max(1, a.length)), diff: [header, ...before, ...changed, ...after] };
}

/** The lines of a text, without the empty one after its final new line. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

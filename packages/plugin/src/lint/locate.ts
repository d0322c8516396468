/** 1-based line and column of a character offset in a text. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** 1-based line of the first line that matches, or 1. */
export function lineOf(text: string, pattern: RegExp): number {
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  return index < 0 ? 1 : index + 1;
}

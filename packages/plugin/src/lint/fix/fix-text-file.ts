/** What a fixer did to one file. */
export interface FileFix {
  text: string;
  changes: string[];
}

/** Removes a byte order mark and turns CRLF line endings into LF: always safe for text files. */
export function fixTextFile(text: string): FileFix {
  const changes: string[] = [];
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) {
    out = out.slice(1);
    changes.push('removed the byte order mark');
  }
  if (out.includes('\r\n')) {
    out = out.replace(/\r\n/g, '\n');
    changes.push('converted CRLF line endings to LF');
  }
  return { text: out, changes };
}

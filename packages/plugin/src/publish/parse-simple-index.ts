/** A file a package index lists for a project. */
export interface IndexFile {
  filename: string;
  /** The sha256 the index gives for it, when it gives one. */
  sha256?: string;
}

/** The JSON form of a project page (PEP 691). */
export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';

const ANCHOR = /<a\s[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi;

/**
 * The files of a project page of a "simple" package index, the API pip and uv read: the JSON
 * form (PEP 691) when the index answered with it, else the HTML form (PEP 503), where each file
 * is an anchor whose text is the file name and whose URL may end with `#sha256=<digest>`. The
 * pages are machine-written and this is all that is read of them, hence no HTML parser.
 */
export function parseSimpleIndex(body: string, contentType: string | undefined): IndexFile[] {
  if (contentType?.includes(SIMPLE_JSON)) return parseJson(body);
  const files: IndexFile[] = [];
  for (const [, , href, text] of body.matchAll(ANCHOR)) {
    const filename = decodeEntities(text.replace(/<[^>]*>/g, '')).trim();
    if (!filename) continue;
    const sha256 = /#sha256=([0-9a-f]{64})/i.exec(href)?.[1]?.toLowerCase();
    files.push(sha256 ? { filename, sha256 } : { filename });
  }
  return files;
}

function parseJson(body: string): IndexFile[] {
  const page = JSON.parse(body) as { files?: { filename?: unknown; hashes?: { sha256?: unknown } }[] };
  return (page.files ?? [])
    .filter((f): f is { filename: string; hashes?: { sha256?: unknown } } => typeof f.filename === 'string')
    .map((f) =>
      typeof f.hashes?.sha256 === 'string'
        ? { filename: f.filename, sha256: f.hashes.sha256.toLowerCase() }
        : { filename: f.filename },
    );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The entities an index page may use in a file name or a message: named ones and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import * as ts from 'typescript';

/** One relative import, as read from a source file. Paths are relative to the scanned root, `/`-separated. */
export interface ImportLine {
  /** The importing file. */
  file: string;
  /** 1-based line of the import. */
  line: number;
  /** The module specifier as written (`../lint/diagnostic`). */
  specifier: string;
  /** The imported file, resolved against the scanned files; the bare path when no file matches. */
  target: string;
}

/**
 * Resolves a relative specifier as Node and TypeScript would: the file itself, `.ts`, `.d.ts`,
 * or the folder's `index.ts`, among the known files; the bare path when none matches.
 */
export function resolveImport(file: string, specifier: string, files: ReadonlySet<string>): string {
  const base = posix.normalize(posix.join(posix.dirname(file), specifier));
  const candidates = [base, `${base}.ts`, `${base}.d.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => files.has(candidate)) ?? base;
}

/** The relative module specifiers of a TypeScript text (imports, re-exports, `import()`), with their lines. */
export function parseRelativeImports(text: string): { specifier: string; line: number }[] {
  const { importedFiles } = ts.preProcessFile(text, true, false);
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  return importedFiles
    .filter((ref) => ref.fileName.startsWith('.'))
    .map((ref) => ({ specifier: ref.fileName, line: lineOf(ref.pos) }));
}

/** Every `.ts` file under a folder, relative to it, `/`-separated, sorted. */
export function listTypeScriptFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The relative imports of the files under `root` that `include` keeps, resolved against every file there. */
export function readImports(root: string, include: (file: string) => boolean): ImportLine[] {
  const all = listTypeScriptFiles(root);
  const known = new Set(all);
  return all.filter(include).flatMap((file) =>
    parseRelativeImports(readFileSync(join(root, file), 'utf8')).map(({ specifier, line }) => ({
      file,
      line,
      specifier,
      target: resolveImport(file, specifier, known),
    })),
  );
}

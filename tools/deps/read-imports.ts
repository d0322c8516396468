import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';
import { resolveImport, type ImportLine } from './folder-cycles';

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

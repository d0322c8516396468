import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file's text, or undefined when there is none. */
export function readOptionalText(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Writes a file, creating its folder. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Appends to a file GitHub Actions reads after the step (`$GITHUB_OUTPUT`, `$GITHUB_STEP_SUMMARY`), if named. */
export function appendIfNamed(path: string | undefined, text: string): void {
  if (path) appendFileSync(path, text);
}

/** The JSON files of a folder (absent folder: none), sorted. */
export function listJsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

import type { Position } from '../../json/json-node';
import { isConfigModel } from '../../integration-layout';
import type { LintContext } from '../../lint-context';

/** A Python file that was read, by its path relative to the integration's folder. */
export interface PythonFile {
  path: string;
  text: string;
}

/** The Python files read under a folder (`datadog_checks/foo/`), in path order, without the generated config models. */
export function pythonFilesUnder(context: LintContext, folder: string): PythonFile[] {
  return Object.keys(context.files)
    .filter((path) => path.startsWith(folder) && path.endsWith('.py') && !isConfigModel(path))
    .sort()
    .map((path) => ({ path, text: context.files[path] }));
}

/**
 * The check's package as ddev's `Integration.package_directory` names it:
 * `datadog_checks/<folder name with - as _>/`.
 */
export function packageDirectory(context: LintContext): string {
  return `datadog_checks/${context.module}/`;
}

/** The lines of a text as Python reads a file in text mode (`\r\n` and `\r` end lines too). */
export function pythonLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  const before = pythonLines(text.slice(0, offset));
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

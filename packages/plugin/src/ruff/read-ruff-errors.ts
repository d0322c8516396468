/** ruff's error output on one line, without the drawing under a TOML error. */
export function summarizeRuffErrors(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim());
  return lines
    .filter((line) => line !== '' && !/^(\d+\s*)?\|/.test(line))
    .join(' ')
    .slice(0, 500);
}

/**
 * `ruff format` exits 2 when some file cannot be parsed, and still reports the others: that is a
 * syntax error, which `ruff check` reports, not a failure of ruff.
 */
export function onlyUnparsableFiles(stderr: string): boolean {
  const errors = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('warning:'));
  return errors.length > 0 && errors.every((line) => line.startsWith('error: Failed to parse '));
}

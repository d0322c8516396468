/**
 * The last non-empty line of what a process printed, trimmed and without colour codes (tools
 * write them when Nx sets FORCE_COLOR): the line that says why it failed.
 */
export function lastLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- colour codes
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return (
    plain
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? 'no output'
  );
}

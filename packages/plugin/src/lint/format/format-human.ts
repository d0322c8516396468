import type { Diagnostic } from '../../diagnostics/diagnostic';

/** ANSI styles; identity functions when colour is off. */
function palette(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39) };
}

/**
 * Groups diagnostics per file, one line each (`line:column  severity  message  rule`), with the
 * hint below: ESLint's stylish shape. Colour marks the file names, hints and totals only, so
 * that each diagnostic line stays the same plain text in a terminal and in a log.
 */
export function formatHuman(
  projectRoot: string,
  diagnostics: readonly Diagnostic[],
  options: { color?: boolean } = {},
): string {
  if (diagnostics.length === 0) return '';
  const c = palette(options.color ?? false);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, items] of byFile) {
    lines.push(c.bold(`${projectRoot}/${file}`));
    for (const d of items) {
      lines.push(`  ${`${d.line}:${d.column}`.padEnd(7)} ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`);
      if (d.hint) lines.push(c.dim(`          hint: ${d.hint}`));
      if (d.evidence) lines.push(c.dim(`          why a warning: ${d.evidence}`));
    }
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const total = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  lines.push(errors > 0 ? c.red(c.bold(total)) : c.yellow(total));
  return lines.join('\n');
}

import type { Diagnostic } from './diagnostic';

/** Groups diagnostics per file, one line each, with the hint below: ESLint's stylish shape. */
export function formatHuman(projectRoot: string, diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, items] of byFile) {
    lines.push(`${projectRoot}/${file}`);
    for (const d of items) {
      lines.push(`  ${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`);
      if (d.hint) lines.push(`          hint: ${d.hint}`);
    }
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  lines.push(`${errors} error(s), ${diagnostics.length - errors} warning(s)`);
  return lines.join('\n');
}

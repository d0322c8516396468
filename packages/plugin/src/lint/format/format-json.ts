import type { Diagnostic } from '../../diagnostics/diagnostic';

/** Diagnostics as a JSON array, with `file` relative to the workspace root. */
export function formatJson(projectRoot: string, diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    diagnostics.map((d) => ({ ...d, file: `${projectRoot}/${d.file}` })),
    null,
    2,
  );
}

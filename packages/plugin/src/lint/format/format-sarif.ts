import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { LintRule } from '../lint-rule';

/**
 * A SARIF 2.1.0 log (the format code-scanning services read): one run, the rules that fired
 * with their documentation, one result per diagnostic with its file, line and column.
 */
export function formatSarif(
  projectRoot: string,
  diagnostics: readonly Diagnostic[],
  rules: readonly LintRule[],
  version: string,
): string {
  const fired = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const docs = new Map(rules.map((r) => [r.id, r.description]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: '@dd/plugin lint',
            version,
            rules: fired.map((id) => ({
              id,
              shortDescription: { text: id },
              ...(docs.has(id) ? { fullDescription: { text: docs.get(id) } } : {}),
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: fired.indexOf(d.ruleId),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.hint ? `${d.message}. Fix: ${d.hint}` : d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: `${projectRoot}/${d.file}` },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';

const ASSERTION = /\bassert_metric(?:_has_tag(?:_prefix)?|_has_tags)?\(\s*(?:name\s*=\s*)?(['"])([^'"]+)\1/g;

/** Metric names the tests assert with a string literal, with where each assertion is. */
export function readAssertedMetrics(files: Record<string, string>): { name: string; file: string; line: number; column: number }[] {
  const out: { name: string; file: string; line: number; column: number }[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!/^tests\/.*\.py$/.test(file)) continue;
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(ASSERTION)) {
        // count=0 asserts that the metric is NOT sent: no metadata needed.
        const absent = /\bcount\s*=\s*0\b/.test(line.slice(m.index ?? 0));
        if (!/[{}%]/.test(m[2]) && !absent) out.push({ name: m[2], file, line: i + 1, column: (m.index ?? 0) + 1 });
      }
    });
  }
  return out;
}

export const testedMetricRule: LintRule = {
  id: 'cross/tested-metric-not-in-metadata',
  description:
    "Every metric the tests assert (`aggregator.assert_metric('foo.bar', ...)`) is listed in metadata.csv: a metric the check is tested to send but that metadata.csv does not declare has no type, unit or description in Datadog, and fails `assert_metrics_using_metadata`. Fix: add a row for the metric to metadata.csv (or correct the name in the test).",
  check: (context) => {
    const table = context.metadata();
    if (!table?.header || table.indexOf('metric_name') < 0) return [];
    const declared = new Set(table.rows.map((row) => table.cell(row, 'metric_name')?.value.trim()));
    const out: Diagnostic[] = [];
    for (const assertion of readAssertedMetrics(context.files)) {
      if (declared.has(assertion.name)) continue;
      out.push(report('cross/tested-metric-not-in-metadata', assertion.file, assertion, `the tests assert metric '${assertion.name}', which metadata.csv does not list`, 'add a row for it to metadata.csv, or correct the name in the test'));
    }
    return out;
  },
};

import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

// The name is a whole literal argument: `'foo.' + name` is built at run time and not checked.
const ASSERTION =
  /\bassert_metric(?:_has_tag(?:_prefix)?|_has_tags)?\(\s*(?:name\s*=\s*)?(['"])([^'"]+)\1\s*(?=[,)]|$)/g;

/** Metric names the tests assert with a string literal, with where each assertion is. */
export function readAssertedMetrics(
  files: Record<string, string>,
): { name: string; file: string; line: number; column: number }[] {
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

/**
 * True when the test function around `line` also calls `assert_metrics_using_metadata`: that test
 * fails on a metric metadata.csv does not declare.
 */
export function checksMetadata(text: string, line: number): boolean {
  const lines = text.split('\n');
  let start = line - 1;
  while (start >= 0 && !/^\s*(async\s+)?def\s/.test(lines[start])) start -= 1;
  if (start < 0) return false;
  const indent = /^\s*/.exec(lines[start])![0].length;
  let end = start + 1;
  while (
    end < lines.length &&
    !(/^\s*(async\s+)?def\s|^\s*class\s/.test(lines[end]) && /^\s*/.exec(lines[end])![0].length <= indent)
  )
    end += 1;
  return lines.slice(start, end).some((l) => l.includes('assert_metrics_using_metadata('));
}

export const testedMetricRule: LintRule = {
  id: 'cross/tested-metric-not-in-metadata',
  policy: {
    provenance: 'upstream',
    validator: 'test',
    basis:
      "the integration's own test fails under `ddev test` when it calls `aggregator.assert_metrics_using_metadata`",
    advicePart: 'findings in tests that do not call `assert_metrics_using_metadata`',
  },
  description:
    "Every metric the tests assert (`aggregator.assert_metric('foo.bar', ...)`) is listed in metadata.csv: a metric the check is tested to send but that metadata.csv does not declare has no type, unit or description in Datadog, and fails `assert_metrics_using_metadata`. It is an error when the test function that asserts the metric also calls `assert_metrics_using_metadata` (that test then fails), a warning otherwise: names built at run time (`foo.connz.<name>.pending`) may be declared under another form. Fix: add a row for the metric to metadata.csv (or correct the name in the test).",
  check: (context) => {
    const table = context.metadata();
    if (!table?.header || table.indexOf('metric_name') < 0) return [];
    const declared = new Set(table.rows.map((row) => table.cell(row, 'metric_name')?.value.trim()));
    const out: Finding[] = [];
    for (const assertion of readAssertedMetrics(context.files)) {
      if (declared.has(assertion.name)) continue;
      out.push(
        report(
          assertion.file,
          assertion,
          `the tests assert metric '${assertion.name}', which metadata.csv does not list`,
          'add a row for it to metadata.csv, or correct the name in the test',
          checksMetadata(context.files[assertion.file], assertion.line) ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
};

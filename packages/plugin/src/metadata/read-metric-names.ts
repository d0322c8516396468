import { parseCsv } from './parse-csv';

/**
 * Lists the metric names declared in a metadata.csv text, in file order, skipping blank lines.
 * Returns an empty list when the file has no `metric_name` column.
 */
export function readMetricNames(source: string): string[] {
  const [header, ...rows] = parseCsv(source).records.filter((r) => !r.blank);
  const index = header?.fields.findIndex((f) => f.value.trim() === 'metric_name') ?? -1;
  if (index < 0) return [];
  return rows.map((r) => r.fields[index]?.value.trim() ?? '').filter(Boolean);
}

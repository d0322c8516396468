import { parseCsv } from '../../metadata/parse-csv';
import type { Diagnostic, LintRule } from '../diagnostic';

const REQUIRED = ['metric_name', 'metric_type', 'orientation', 'integration'];
const TYPES = ['count', 'gauge', 'rate', 'distribution'];

export const metadataBasicsRule: LintRule = {
  id: 'metadata/basics',
  description:
    "metadata.csv has a header with the required columns (metric_name, metric_type, orientation, integration) and every metric_type is one of count, gauge, rate or distribution. Datadog uses the file to graph and describe each metric.",
  check: (source) => {
    const text = source.files['metadata.csv'];
    if (text === undefined) return [];
    const records = parseCsv(text).records.filter((r) => !r.blank);
    const out: Diagnostic[] = [];
    const header = records[0]?.fields.map((f) => f.value.trim()) ?? [];
    for (const column of REQUIRED) {
      if (!header.includes(column)) {
        out.push({ ruleId: 'metadata/basics', severity: 'error', file: 'metadata.csv', line: 1, column: 1, message: `metadata.csv has no '${column}' column`, hint: `add '${column}' to the header row` });
      }
    }
    const typeIndex = header.indexOf('metric_type');
    if (typeIndex >= 0) {
      for (const record of records.slice(1)) {
        const field = record.fields[typeIndex];
        if (field && !TYPES.includes(field.value.trim())) {
          out.push({ ruleId: 'metadata/basics', severity: 'error', file: 'metadata.csv', line: field.line, column: field.column, message: `metric_type '${field.value}' is not one of ${TYPES.join(', ')}`, hint: 'use count, gauge or rate' });
        }
      }
    }
    return out;
  },
};

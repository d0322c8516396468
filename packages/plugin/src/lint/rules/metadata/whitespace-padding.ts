import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

/** Columns whose values are free text: padding there is untidy, not wrong. */
const FREE_TEXT = new Set(['description', 'short_name', 'sample_tags']);

export const metadataWhitespaceRule: LintRule = {
  id: 'metadata/whitespace-padding',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis:
      '`ddev validate metadata` compares values as written: ` gauge` is an invalid metric_type, `metric_name ` an invalid column',
    advicePart: 'padding in description and short_name, which nothing compares',
  },
  description:
    'Fields of metadata.csv carry no leading or trailing spaces: Datadog compares values as written, so ` gauge` is not a metric type and `metric_name ` not a column. Padding in header names and typed columns is an error, in description and short_name a warning. Bad: `foo.bar,  gauge,  ,  byte`. Good: `foo.bar,gauge,,byte`. Fix: `nx lint --fix` trims every field.',
  check: (context) => {
    const table = context.metadata();
    if (!table?.header) return [];
    const out: Finding[] = [];
    // Rows of the wrong length are reported by metadata/field-count; their columns mean nothing.
    const rows = table.rows.filter((row) => row.fields.length === table.columns.length);
    for (const record of [table.header, ...rows, ...table.repeatedHeaders]) {
      const padded = record.fields
        .map((field, index) => ({
          field,
          column:
            record === table.header
              ? `header '${field.value.trim()}'`
              : (table.columns[index]?.name ?? `#${index + 1}`),
        }))
        .filter(({ field }) => field.value !== field.value.trim());
      if (padded.length === 0) continue;
      const serious = record === table.header || padded.some(({ column }) => !FREE_TEXT.has(column));
      out.push(
        report(
          METADATA,
          padded[0].field,
          `${padded.length === 1 ? 'field' : 'fields'} ${padded.map((p) => p.column).join(', ')} padded with spaces`,
          'remove the spaces around the values (nx lint --fix does it)',
          serious ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
};

import { parseCsv } from '../../metadata/parse-csv';
import { METRIC_TYPES } from '../model/metadata-columns';
import type { FileFix } from './fix-text-file';
import { writeCsv } from './write-csv';

const TYPES: readonly string[] = METRIC_TYPES;

/**
 * The safe repairs of metadata.csv: trims spaces around every field, lower-cases metric types
 * written in capitals, and drops empty trailing columns that no row uses. Anything that needs
 * judgement (units, orientation, extra fields) is left alone. Returns the text unchanged when a
 * quote never closes: rewriting a file that did not parse could lose data.
 */
export function fixMetadataCsv(text: string): FileFix {
  const parsed = parseCsv(text.replace(/^\ufeff/, ''));
  if (parsed.unterminatedQuoteLine !== undefined) return { text, changes: [] };
  const records = parsed.records
    .filter((r) => !r.blank)
    .map((r) => r.fields.map((f) => ({ value: f.value, quoted: f.quoted })));
  if (records.length === 0) return { text, changes: [] };
  const changes: string[] = [];

  let trimmed = 0;
  for (const fields of records)
    for (const f of fields) {
      if (f.value === f.value.trim()) continue;
      f.value = f.value.trim();
      trimmed++;
    }
  if (trimmed > 0) changes.push(`trimmed the spaces around ${trimmed} field(s)`);

  const typeIndex = records[0].findIndex((f) => f.value === 'metric_type');
  let lowered = 0;
  if (typeIndex >= 0) {
    for (const fields of records.slice(1)) {
      const f = fields[typeIndex];
      if (!f || TYPES.includes(f.value) || !TYPES.includes(f.value.toLowerCase())) continue;
      f.value = f.value.toLowerCase();
      lowered++;
    }
  }
  if (lowered > 0) changes.push(`lower-cased ${lowered} metric type(s)`);

  const width = records[0].length;
  let keep = width;
  while (keep > 0 && records.every((fields) => (fields[keep - 1]?.value ?? '') === '' && fields.length <= width))
    keep--;
  if (keep < width && keep > 0) {
    for (const fields of records) fields.splice(keep);
    changes.push(`removed ${width - keep} empty trailing column(s)`);
  }
  if (changes.length === 0) return { text, changes };
  const blankLines = parsed.records.filter((r) => r.blank).length;
  if (blankLines > 0) changes.push(`removed ${blankLines} blank line(s)`);
  return { text: writeCsv(records), changes };
}

/** Writes one CSV field, quoting it when it holds a comma, a quote or a line break (or was quoted). */
export function writeCsvField(value: string, quoted = false): string {
  return quoted || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes CSV records with LF line endings and a final new line. */
export function writeCsv(records: { value: string; quoted?: boolean }[][]): string {
  return records.map((fields) => fields.map((f) => writeCsvField(f.value, f.quoted)).join(',')).join('\n') + '\n';
}

import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { forEachRow, METADATA } from './metadata-rule';

/** Unit columns are checked against the catalogue, which has currencies with accents. */
const EXEMPT = new Set(['unit_name', 'per_unit_name']);

export const metadataNonAsciiRule: LintRule = {
  id: 'metadata/non-ascii',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`contains unicode characters`)',
  },
  description:
    'Values in metadata.csv are plain ASCII (units excepted, whose catalogue names some currencies with accents): Datadog rejects other characters, which usually arrive by pasting typographic quotes or non-breaking spaces. Bad: `Requests “served”`. Good: `Requests "served"`. Fix: retype the character in ASCII.',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const out: Finding[] = [];
      row.fields.forEach((field, index) => {
        const column = table.columns[index]?.name ?? '';
        const at = [...field.value].findIndex((c) => c.charCodeAt(0) > 127);
        if (EXEMPT.has(column) || at < 0) return;
        const char = [...field.value][at];
        out.push(
          report(
            METADATA,
            field,
            `${column} contains the non-ASCII character '${char}' (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
            'replace it with its ASCII equivalent',
          ),
        );
      });
      return out;
    }),
};

import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataDescriptionPipeRule: LintRule = {
  id: 'metadata/description-pipe',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`description contains a |`)',
  },
  description:
    'description contains no `|`: Datadog renders metric descriptions in Markdown tables, where a pipe splits the cell. Bad: `Requests | errors`. Good: `Requests and errors`. Fix: reword, or use "or" / "/" instead.',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'description');
      const index = cell?.value.indexOf('|') ?? -1;
      if (!cell || index < 0) return [];
      return [
        report(
          METADATA,
          cell.field,
          "description contains '|'",
          "reword without '|' (it splits the Markdown table Datadog renders)",
        ),
      ];
    }),
};

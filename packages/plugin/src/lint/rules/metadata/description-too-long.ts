import type { LintRule } from '../../lint-rule';
import { MAX_DESCRIPTION_LENGTH } from '../../model/metadata-columns';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataDescriptionLengthRule: LintRule = {
  id: 'metadata/description-too-long',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`description exceeds the max length: 400`)',
  },
  description: `description is at most ${MAX_DESCRIPTION_LENGTH} characters, the guide's limit that Datadog enforces. Fix: keep the first sentence that says what the metric measures, and move the rest to the README.`,
  check: (context) =>
    forEachRow(context, (row, table) => {
      const cell = cellOf(table, row, 'description');
      if (!cell || cell.value.length <= MAX_DESCRIPTION_LENGTH) return [];
      return [
        report(
          METADATA,
          cell.field,
          `description has ${cell.value.length} characters, at most ${MAX_DESCRIPTION_LENGTH} are allowed`,
          'shorten it to one or two sentences; details belong in the README',
        ),
      ];
    }),
};

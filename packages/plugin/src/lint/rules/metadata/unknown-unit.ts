import type { Finding, LintRule } from '../../lint-rule';
import { UNIT_NAMES } from '../../model/unit-names';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

function suggest(unit: string): string | undefined {
  const lower = unit.toLowerCase();
  for (const candidate of [lower, lower.replace(/s$/, ''), lower.replace(/es$/, '')])
    if (UNIT_NAMES.has(candidate)) return candidate;
  return undefined;
}

export const metadataUnknownUnitRule: LintRule = {
  id: 'metadata/unknown-unit',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`is an invalid unit_name`)',
  },
  description:
    "unit_name and per_unit_name are empty or a unit from Datadog's catalogue (byte, second, request, percent, ...; the guide's older names are accepted too). A unit Datadog does not know fails its validation and shows no unit on graphs. Bad: `bytes`, `float`, `tuple`. Good: `byte`, empty. Fix: pick the singular name from the catalogue, or leave the field empty when no unit fits.",
  check: (context) =>
    forEachRow(context, (row, table) => {
      const out: Finding[] = [];
      for (const column of ['unit_name', 'per_unit_name']) {
        const cell = cellOf(table, row, column);
        if (!cell || cell.value === '' || UNIT_NAMES.has(cell.value)) continue;
        const better = suggest(cell.value);
        out.push(
          report(
            METADATA,
            cell.field,
            `${column} '${cell.value}' is not a unit Datadog knows`,
            better
              ? `use '${better}'`
              : "use a unit from Datadog's list (e.g. byte, second, request, operation, item) or leave the field empty",
          ),
        );
      }
      return out;
    }),
};

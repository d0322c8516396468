import type { LintRule } from '../../lint-rule';
import { TIME_UNITS } from '../../model/unit-names';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataTimePerTimeRule: LintRule = {
  id: 'metadata/time-per-time-unit',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis: '`ddev validate metadata` (`unit is invalid, use the fraction unit instead`)',
  },
  description:
    'A time per time (unit_name and per_unit_name both time units, e.g. millisecond per second) is a fraction of time spent, and Datadog wants it written as such. Bad: `millisecond,second`. Good: `fraction,` (or `percent,`) with the value scaled accordingly. Fix: use fraction or percent as unit_name and leave per_unit_name empty.',
  check: (context) =>
    forEachRow(context, (row, table) => {
      const unit = cellOf(table, row, 'unit_name');
      const per = cellOf(table, row, 'per_unit_name');
      if (!unit || !per || !TIME_UNITS.has(unit.value) || !TIME_UNITS.has(per.value)) return [];
      return [
        report(
          METADATA,
          unit.field,
          `unit '${unit.value}/${per.value}' is a time per time`,
          "use unit_name 'fraction' (or 'percent') and an empty per_unit_name",
        ),
      ];
    }),
};

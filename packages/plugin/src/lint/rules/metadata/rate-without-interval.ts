import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { cellOf, forEachRow, METADATA } from './metadata-rule';

export const metadataRateIntervalRule: LintRule = {
  id: 'metadata/rate-without-interval',
  policy: { provenance: 'advice', basis: 'the guide asks for it; `ddev validate metadata` never enforced it' },
  description:
    "The guide says a `rate` needs an interval (the seconds Datadog uses to turn it back into a count); Datadog's own validation never enforced it, so this is a warning. Bad: `foo.requests,rate,,request,second,...`. Good: `foo.requests,rate,15,request,second,...`. Fix: write the check's collection interval in seconds.",
  check: (context) =>
    forEachRow(context, (row, table) => {
      const type = cellOf(table, row, 'metric_type');
      const interval = cellOf(table, row, 'interval');
      if (type?.value !== 'rate' || !interval || interval.value !== '') return [];
      return [
        report(
          METADATA,
          interval.field,
          'a rate without an interval',
          "write the check's collection interval in seconds (the guide asks for it on every rate)",
          'warning',
        ),
      ];
    }),
};

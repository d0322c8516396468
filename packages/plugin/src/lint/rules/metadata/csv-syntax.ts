import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { METADATA } from './metadata-rule';

export const metadataCsvSyntaxRule: LintRule = {
  id: 'metadata/csv-syntax',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis:
      "`ddev validate metadata` (Python's csv reads the rest of the file into the open field: wrong number of columns)",
  },
  description:
    'metadata.csv must be valid CSV: a quoted field that never closes swallows every following line. Bad: `foo.bar,gauge,,,,"Open quote,0,foo,`. Good: `foo.bar,gauge,,,,"Closed, with a comma",0,foo,`. Fix: close the quote, doubling any quote inside the field ("").',
  check: (context) => {
    const line = context.metadata()?.csv.unterminatedQuoteLine;
    if (line === undefined) return [];
    return [
      report(
        METADATA,
        { line, column: 1 },
        `a quoted field opened on line ${line} never closes`,
        'close the field with a double quote; write a quote inside a field as ""',
      ),
    ];
  },
};

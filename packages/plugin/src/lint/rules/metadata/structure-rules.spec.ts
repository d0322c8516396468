import { d, HEADER, MANIFEST_V1, metadata, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { metadataBlankLineRule } from './blank-line';
import { metadataCsvSyntaxRule } from './csv-syntax';
import { metadataDuplicateColumnRule } from './duplicate-column';
import { metadataEmptyColumnRule } from './empty-column';
import { metadataEmptyFileRule } from './empty-file';
import { metadataFieldCountRule } from './field-count';
import { metadataMissingColumnRule } from './missing-column';
import { metadataNoCuratedMetricColumnRule } from './no-curated-metric-column';
import { metadataRepeatedHeaderRule } from './repeated-header';
import { metadataUnknownColumnRule } from './unknown-column';
import { metadataWhitespaceRule } from './whitespace-padding';

const GOOD = 'foo.up,gauge,,,,Up,1,foo,up';
const csv = (text: string) => ({ 'metadata.csv': text, 'manifest.json': MANIFEST_V1 });
const M = 'metadata.csv';

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [metadataEmptyFileRule, 'accepts a header', metadata(), []],
  [
    metadataEmptyFileRule,
    'reports an empty file',
    csv(''),
    [d('metadata/empty-file', M, 1, 1, 'metadata.csv is empty')],
  ],
  [
    metadataEmptyFileRule,
    'reports blank lines only, after a BOM',
    csv('\ufeff\n\n'),
    [d('metadata/empty-file', M, 1, 1, 'metadata.csv is empty')],
  ],
  [metadataCsvSyntaxRule, 'accepts quoted commas', metadata('foo.up,gauge,,,,"a, b",1,foo,up'), []],
  [
    metadataCsvSyntaxRule,
    'reports a quote that never closes',
    metadata(GOOD, 'foo.x,gauge,,,,"open,1,foo,x'),
    [d('metadata/csv-syntax', M, 3, 1, 'a quoted field opened on line 3 never closes')],
  ],
  [metadataMissingColumnRule, 'accepts the guide header', metadata(GOOD), []],
  [
    metadataMissingColumnRule,
    'accepts the header in another order',
    csv('integration,orientation,short_name,description,per_unit_name,unit_name,interval,metric_type,metric_name\n'),
    [],
  ],
  [
    metadataMissingColumnRule,
    'reports missing required and guide columns',
    csv('metric_name,metric_type,interval,description,integration,short_name\n'),
    [
      d('metadata/missing-column', M, 1, 1, "the header has no 'orientation' column (required)"),
      d('metadata/missing-column', M, 1, 1, "the header has no 'unit_name' column"),
      d('metadata/missing-column', M, 1, 1, "the header has no 'per_unit_name' column"),
    ],
  ],
  [
    metadataNoCuratedMetricColumnRule,
    'accepts a curated_metric column',
    csv(`${HEADER},curated_metric\n${GOOD},\n`),
    [],
  ],
  [metadataNoCuratedMetricColumnRule, 'accepts a header without rows', metadata(), []],
  [
    metadataNoCuratedMetricColumnRule,
    'reports rows without a curated_metric column, which stop ddev',
    csv(`${HEADER}\n${GOOD}\n`),
    [
      d(
        'metadata/no-curated-metric-column',
        M,
        1,
        1,
        "the header has no 'curated_metric' column: `ddev validate metadata` stops on the first row with KeyError: 'curated_metric'",
      ),
    ],
  ],
  [metadataUnknownColumnRule, 'accepts the later columns', csv(`${HEADER},curated_metric,sample_tags\n`), []],
  [
    metadataUnknownColumnRule,
    'reports an unknown column where it is',
    csv('metric_name,type,orientation,integration\n'),
    [d('metadata/unknown-column', M, 1, 13, "unknown column 'type'")],
  ],
  [
    metadataDuplicateColumnRule,
    'reports the second of two equal columns',
    csv(`${HEADER},unit_name\n`),
    [d('metadata/duplicate-column', M, 1, 105, "column 'unit_name' appears twice in the header (first at column 34)")],
  ],
  [
    metadataEmptyColumnRule,
    'reports empty trailing columns',
    csv(`${HEADER},,,\n${GOOD},,,\n`),
    [d('metadata/empty-column', M, 1, 105, 'the header ends with 3 empty column(s)')],
  ],
  [
    metadataEmptyColumnRule,
    'reports an unnamed column in the middle',
    csv('metric_name,,metric_type\n'),
    [d('metadata/empty-column', M, 1, 13, 'the header has 1 column(s) without a name')],
  ],
  [metadataFieldCountRule, 'accepts rows as long as the header', metadata(GOOD, GOOD.replace('up', 'down')), []],
  [
    metadataFieldCountRule,
    'points at an unquoted comma in the description',
    metadata('foo.up,gauge,,,,Reads, writes,1,foo,up'),
    [
      d(
        'metadata/field-count',
        M,
        2,
        22,
        'row has 10 fields, the header has 9 columns: the description contains an unquoted comma',
      ),
    ],
  ],
  [
    metadataFieldCountRule,
    'points at a stray field',
    metadata('foo.up,gauge,,byte,gauge,,Reads,1,foo,up'),
    [
      d(
        'metadata/field-count',
        M,
        2,
        20,
        "row has 10 fields, the header has 9 columns: 'gauge' cannot be a per_unit_name, it looks like a stray field",
      ),
    ],
  ],
  [
    metadataFieldCountRule,
    'reports another extra field at its end',
    metadata('foo.up,gauge,,,,Reads,1,foo,up,x'),
    [d('metadata/field-count', M, 2, 32, 'row has 10 fields, the header has 9 columns')],
  ],
  [
    metadataFieldCountRule,
    'reports a short row',
    metadata('foo.up,gauge,,,,Up,1,foo'),
    [d('metadata/field-count', M, 2, 22, 'row has 8 fields, the header has 9 columns')],
  ],
  [
    metadataRepeatedHeaderRule,
    'reports the header repeated as a row',
    metadata(HEADER, GOOD),
    [d('metadata/repeated-header', M, 2, 1, 'the header row is repeated as a data row')],
  ],
  [
    metadataBlankLineRule,
    'warns about a blank line',
    metadata(GOOD, '', GOOD.replace('up', 'dn')),
    [d('metadata/blank-line', M, 3, 1, 'blank line', 'warning')],
  ],
  [metadataBlankLineRule, 'accepts a file without a final new line', csv(`${HEADER}\n${GOOD}`), []],
  [metadataWhitespaceRule, 'accepts tidy fields', metadata(GOOD), []],
  [
    metadataWhitespaceRule,
    'reports a padded header name',
    csv(`metric_name, metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name\n`),
    [d('metadata/whitespace-padding', M, 1, 13, "field header 'metric_type' padded with spaces")],
  ],
  [
    metadataWhitespaceRule,
    'reports padded typed fields as one error per row',
    metadata('foo.up , gauge,,,,Up,1,foo,up'),
    [d('metadata/whitespace-padding', M, 2, 1, 'fields metric_name, metric_type padded with spaces')],
  ],
  [
    metadataWhitespaceRule,
    'only warns about a padded description',
    metadata('foo.up,gauge,,,, Up ,1,foo,up'),
    [d('metadata/whitespace-padding', M, 2, 17, 'field description padded with spaces', 'warning')],
  ],
];

describe('metadata.csv structure rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );
});

import { HEADER } from '../__fixtures__/run-rule';
import { RULES } from '../rules';
import { runRules } from '../run-rules';
import { fixMetadataCsv } from './fix-metadata-csv';
import { planFixes } from './plan-fixes';

describe('fixMetadataCsv', () => {
  it.each([
    [
      'trims padded fields',
      'metric_name , metric_type\n foo.up,  gauge \n',
      'metric_name,metric_type\nfoo.up,gauge\n',
      ['trimmed the spaces around 4 field(s)'],
    ],
    [
      'lower-cases metric types',
      'metric_name,metric_type\nfoo.up,GAUGE\nfoo.b,Count\n',
      'metric_name,metric_type\nfoo.up,gauge\nfoo.b,count\n',
      ['lower-cased 2 metric type(s)'],
    ],
    [
      'removes empty trailing columns',
      'metric_name,metric_type,,\nfoo.up,gauge,,\n',
      'metric_name,metric_type\nfoo.up,gauge\n',
      ['removed 2 empty trailing column(s)'],
    ],
    [
      'keeps a trailing column that a row uses',
      'metric_name,metric_type,\nfoo.up,gauge,x\n',
      'metric_name,metric_type,\nfoo.up,gauge,x\n',
      [],
    ],
    [
      'keeps quotes and leaves unknown types alone',
      'metric_name,metric_type,description\nfoo.up,counter ,"a, b"\n',
      'metric_name,metric_type,description\nfoo.up,counter,"a, b"\n',
      ['trimmed the spaces around 1 field(s)'],
    ],
    ['leaves a file with an unclosed quote untouched', 'metric_name\n"foo \n', 'metric_name\n"foo \n', []],
  ])('%s', (_title, input, output, changes) => {
    expect(fixMetadataCsv(input)).toEqual({ text: output, changes });
  });
});

describe('planFixes', () => {
  it('repairs BOM, CRLF and metadata.csv, and nothing that needs judgement', () => {
    const files = {
      'metadata.csv': `\ufeff${HEADER}\r\nfoo.up , GAUGE,,bytes,,Up,1,foo,up\r\n`,
      'README.md': '# Foo\r\n',
      'manifest.json': '{"name": "foo"}\n',
      'tests/test_foo.py': 'x = 1\r\n',
      'requirements.txt': 'a==1',
    };
    expect(planFixes({ name: 'foo', files })).toEqual([
      {
        file: 'metadata.csv',
        text: `${HEADER}\nfoo.up,gauge,,bytes,,Up,1,foo,up\n`,
        changes: [
          'removed the byte order mark',
          'converted CRLF line endings to LF',
          'trimmed the spaces around 2 field(s)',
          'lower-cased 1 metric type(s)',
        ],
      },
      { file: 'README.md', text: '# Foo\n', changes: ['converted CRLF line endings to LF'] },
      { file: 'requirements.txt', text: 'a==1\n', changes: ['added the final new line'] },
    ]);
  });

  it('leaves only the problems it must not fix', () => {
    const files = { 'metadata.csv': `\ufeff${HEADER},curated_metric\r\nfoo.up , GAUGE,,bytes,,Up,1,foo,up,\r\n` };
    const fixed = Object.fromEntries(planFixes({ name: 'foo', files }).map((f) => [f.file, f.text]));
    expect(
      runRules({ name: 'foo', files: fixed }, RULES)
        .filter((d) => d.file === 'metadata.csv')
        .map((d) => d.ruleId),
    ).toEqual(['metadata/unknown-unit']);
  });
});

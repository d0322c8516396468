import type { Diagnostic } from '../../diagnostics/diagnostic';
import { RULES } from '../rules';
import { formatDiagnostics, type LintFormat } from './format-diagnostics';

const DIAGNOSTICS: Diagnostic[] = [
  {
    ruleId: 'metadata/unknown-unit',
    severity: 'error',
    file: 'metadata.csv',
    line: 3,
    column: 15,
    message: "unit_name 'bytes' is not a unit Datadog knows",
    hint: "use 'byte'",
  },
  {
    ruleId: 'metadata/blank-line',
    severity: 'warning',
    file: 'metadata.csv',
    line: 5,
    column: 1,
    message: 'blank line, 50% of: them',
    hint: 'delete it',
  },
];
const render = (format: LintFormat, diagnostics = DIAGNOSTICS, color = false) =>
  formatDiagnostics('integrations/foo', diagnostics, { format, color, rules: RULES, toolVersion: '1.0.0' });

describe('formatDiagnostics', () => {
  it('human: groups per file, one line per diagnostic with its hint, and totals', () => {
    expect(render('human')).toBe(
      [
        'integrations/foo/metadata.csv',
        "  3:15    error    unit_name 'bytes' is not a unit Datadog knows  metadata/unknown-unit",
        "          hint: use 'byte'",
        '  5:1     warning  blank line, 50% of: them  metadata/blank-line',
        '          hint: delete it',
        '',
        '1 error, 1 warning',
      ].join('\n'),
    );
  });

  it('human: says when all is clean, and colours only headings, hints and totals', () => {
    expect(render('human', [])).toBe('integrations/foo: no problems found.');
    const coloured = render('human', DIAGNOSTICS, true).split('\n');
    expect(coloured[0]).toBe('\u001b[1mintegrations/foo/metadata.csv\u001b[22m');
    expect(coloured[1]).toBe("  3:15    error    unit_name 'bytes' is not a unit Datadog knows  metadata/unknown-unit");
  });

  it('json: every field, with paths from the workspace root', () => {
    expect(JSON.parse(render('json'))[0]).toEqual({ ...DIAGNOSTICS[0], file: 'integrations/foo/metadata.csv' });
  });

  it('github: one escaped workflow command per diagnostic', () => {
    expect(render('github').split('\n')).toEqual([
      "::error file=integrations/foo/metadata.csv,line=3,col=15,title=metadata/unknown-unit::unit_name 'bytes' is not a unit Datadog knows (fix: use 'byte')",
      '::warning file=integrations/foo/metadata.csv,line=5,col=1,title=metadata/blank-line::blank line, 50%25 of: them (fix: delete it)',
    ]);
  });

  it('sarif: a 2.1.0 log with the rules that fired and located results', () => {
    const log = JSON.parse(render('sarif'));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'metadata/blank-line',
      'metadata/unknown-unit',
    ]);
    expect(run.tool.driver.rules[1].fullDescription.text).toMatch(/unit_name and per_unit_name/);
    expect(run.results[0]).toEqual({
      ruleId: 'metadata/unknown-unit',
      ruleIndex: 1,
      level: 'error',
      message: { text: "unit_name 'bytes' is not a unit Datadog knows. Fix: use 'byte'" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'integrations/foo/metadata.csv' },
            region: { startLine: 3, startColumn: 15 },
          },
        },
      ],
    });
  });
});

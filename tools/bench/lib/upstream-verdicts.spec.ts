import { ciValidations, compareVerdicts, parseValidateAll, upstreamRuffSettings } from './upstream-verdicts';

describe('upstream verdicts', () => {
  it('reads the validations a validate workflow turns on', () => {
    const workflow =
      'jobs:\n  run:\n    uses: x/y.yml@abc\n    with:\n      repo: extras\n\n      # Validations\n      ci: true\n      config: true\n      eula: false\n      integration-style: true\n    secrets: inherit\n';
    expect(ciValidations(workflow)).toEqual(['ci', 'config', 'integration-style']);
  });

  it('names the integrations of each failed validation, skipping indented details', () => {
    const output = [
      '  ok readmes (1.0s)',
      '  FAIL config (2.0s)',
      '  FAIL models (3.0s)',
      '──────── config ────────',
      'Validating default configuration files for 3 checks...',
      'foo_bar:',
      '    File `conf.yaml.example` is not in sync, run "ddev validate config foo_bar -s"',
      "        - 'baz'",
      'qux:',
      'Did not find spec file /repo/qux/assets/configuration/spec.yaml for check qux',
      'Validating data models for qux and baz',
      '──────── models ────────',
      'baz:',
      '    File `defaults.py` is not in sync',
      'qux:',
      'Did not find spec file /repo/qux/assets/configuration/spec.yaml for check qux',
      '──────── readmes ────────',
      'foo_bar:',
    ].join('\n');
    const parsed = parseValidateAll(output, ['foo_bar', 'baz', 'qux']);
    expect([...parsed.keys()].sort()).toEqual(['config', 'models']);
    expect([...parsed.get('config')!].sort()).toEqual(['baz', 'foo_bar', 'qux']);
    expect([...parsed.get('models')!]).toEqual(['baz']);
  });

  it('compares verdicts both ways', () => {
    const ours = new Map([
      ['a', ['manifest/description-too-long']],
      ['b', []],
      ['c', ['python/F401']],
    ]);
    const upstream = new Map([
      ['a', []],
      ['b', ['config']],
      ['c', ['ruff check']],
    ]);
    expect(compareVerdicts(ours, upstream)).toEqual({
      agree: ['c'],
      oursOnly: [{ name: 'a', reasons: ['manifest/description-too-long'] }],
      upstreamOnly: [{ name: 'b', reasons: ['config'] }],
    });
  });

  it("chooses ruff's settings as ddev does", () => {
    expect(upstreamRuffSettings('[project]\nname = "x"\n\n[tool.ruff]\nline-length = 100\n')).toBe('own');
    expect(upstreamRuffSettings('[tool.ruff.lint]\nselect = ["E"]\n')).toBe('parent');
    expect(upstreamRuffSettings(undefined)).toBe('parent');
  });
});

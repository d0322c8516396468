import type { IntegrationSource } from '../../../lint/integration-source';
import { HEADER, MANIFEST_V1 } from '../../../lint/__fixtures__/run-rule';
import { lintProject, renderTaskOutput, type LintIo } from './lint-project';
import { normalizeLintOptions } from './normalize-options';

const README = [
  '## Overview',
  '## Setup',
  '### Installation',
  '### Configuration',
  '### Validation',
  '### Compatibility',
  '## Data Collected',
  '### Metrics',
]
  .map((s) => `${s}\nText.\n`)
  .join('');

/** An in-memory integration folder behind the LintIo interface. */
function memoryIo(files: Record<string, string>): LintIo & { files: Record<string, string> } {
  return {
    files,
    readSource: (): IntegrationSource => ({ name: 'foo', files: { ...files }, paths: Object.keys(files) }),
    writeFile: (path, text) => {
      files[path.replace('/ws/integrations/foo/', '')] = text;
    },
  };
}

const target = { projectRoot: '/ws/integrations/foo', displayRoot: 'integrations/foo' };
const options = (o: Parameters<typeof normalizeLintOptions>[0] = {}) =>
  normalizeLintOptions(o, { isTTY: false, env: {} });
const clean = () => ({
  'manifest.json': MANIFEST_V1,
  'README.md': README,
  'metadata.csv': `${HEADER},curated_metric\nfoo.up,gauge,,,,Up,1,foo,up,\n`,
});

describe('lintProject', () => {
  it('passes a clean integration and says so', () => {
    const result = lintProject(target, [], options(), memoryIo(clean()), '1.0.0');
    expect(result).toMatchObject({ success: true, output: 'integrations/foo: no problems found.', notes: [] });
  });

  it('fails on an error, including one from the Python linter', () => {
    const python = [
      {
        ruleId: 'python/F401',
        severity: 'error' as const,
        file: 'datadog_checks/foo/check.py',
        line: 1,
        column: 8,
        message: '`os` imported but unused',
      },
    ];
    const result = lintProject(target, python, options(), memoryIo(clean()), '1.0.0');
    expect(result.success).toBe(false);
    expect(result.output).toContain('  1:8     error    `os` imported but unused  python/F401');
  });

  it("describes the Python linter's rules in SARIF, and lint's own as before", () => {
    const python = [
      { ruleId: 'python/F401', severity: 'error' as const, file: 'check.py', line: 1, column: 8, message: 'unused' },
    ];
    const pythonRules = [
      {
        id: 'python/F401',
        name: 'unused-import',
        shortDescription: 'Checks for unused imports.',
        fullDescription: 'Unused imports add overhead.',
        helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
      },
    ];
    const files = { ...clean(), 'metadata.csv': `${HEADER},curated_metric\nfoo.up,gauge,,,,Up,1,foo,up,\n\n` };
    const result = lintProject(
      { ...target, pythonRules },
      python,
      options({ format: 'sarif' }),
      memoryIo(files),
      '1.0.0',
    );
    const [blank, f401] = JSON.parse(result.output).runs[0].tool.driver.rules;
    expect(blank).toEqual({
      id: 'metadata/blank-line',
      shortDescription: { text: 'metadata/blank-line' },
      fullDescription: { text: expect.any(String) },
    });
    expect(f401).toEqual({
      id: 'python/F401',
      name: 'unused-import',
      shortDescription: { text: 'Checks for unused imports.' },
      fullDescription: { text: 'Unused imports add overhead.' },
      helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
    });
  });

  it('passes with warnings, unless warningsAsErrors', () => {
    const files = { ...clean(), 'metadata.csv': `${HEADER},curated_metric\nfoo.up,gauge,,,,Up,1,foo,up,\n\n` };
    expect(lintProject(target, [], options(), memoryIo(files), '1.0.0').success).toBe(true);
    expect(lintProject(target, [], options({ warningsAsErrors: true }), memoryIo(files), '1.0.0').success).toBe(false);
  });

  it('with --fix, writes the safe repairs, says what changed and lints the result', () => {
    const io = memoryIo({
      ...clean(),
      'metadata.csv': `${HEADER},curated_metric\r\nfoo.up, GAUGE,,,,Up,1,foo,up,\r\n`,
    });
    const result = lintProject(target, [], options({ fix: true }), io, '1.0.0');
    expect(io.files['metadata.csv']).toBe(`${HEADER},curated_metric\nfoo.up,gauge,,,,Up,1,foo,up,\n`);
    expect(result.success).toBe(true);
    expect(renderTaskOutput(result, options({ fix: true })).split('\n')).toEqual([
      'fixed integrations/foo/metadata.csv: converted CRLF line endings to LF; trimmed the spaces around 1 field(s); lower-cased 1 metric type(s)',
      'integrations/foo: no problems found.',
    ]);
  });

  it('with --fix, writes the example spec.yaml renders and says where it comes from', () => {
    const spec = 'name: Foo\nfiles:\n- name: foo.yaml\n  options: []\n';
    const io = memoryIo({
      ...clean(),
      'assets/configuration/spec.yaml': spec,
      'datadog_checks/foo/data/conf.yaml.example': 'init_config:\n',
    });
    const renderedConfig = {
      kind: 'rendered' as const,
      errors: [],
      files: { 'conf.yaml.example': 'instances:\n  - {}\n' },
      renderErrors: {},
      templates: [],
      rendererVersion: '40.0.1',
    };
    const result = lintProject({ ...target, renderedConfig }, [], options({ fix: true }), io, '1.0.0');
    expect(io.files['datadog_checks/foo/data/conf.yaml.example']).toBe('instances:\n  - {}\n');
    expect(result.notes).toEqual([
      'wrote integrations/foo/datadog_checks/foo/data/conf.yaml.example (rendered from assets/configuration/spec.yaml)',
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('conf/spec'))).toEqual([]);
  });

  it('says nothing of ruff for a tile-only integration, which has no Python to lint', () => {
    const result = lintProject(target, undefined, options(), memoryIo(clean()), '1.0.0');
    expect(renderTaskOutput(result, options())).toBe('integrations/foo: no problems found.');
  });

  it("hands the repository's CODEOWNERS to the rules, with the integration's path in it", () => {
    const repository = { codeowners: { path: '.github/CODEOWNERS', text: '/integrations/bar/ @acme/team\n' } };
    const result = lintProject({ ...target, repository }, [], options(), memoryIo(clean()), '1.0.0');
    expect(result.diagnostics.map((d) => [d.ruleId, d.file, d.message])).toEqual([
      [
        'codeowners/integration-entry',
        'manifest.json',
        'no line of .github/CODEOWNERS names /integrations/foo/ as its path: the integration has no code owners',
      ],
    ]);
  });

  it('keeps machine-readable output free of fix notes', () => {
    const io = memoryIo({ ...clean(), 'README.md': `${README}\r\n` });
    const result = lintProject(target, [], options({ fix: true, format: 'json' }), io, '1.0.0');
    expect(JSON.parse(renderTaskOutput(result, options({ format: 'json' })))).toEqual([]);
  });
});

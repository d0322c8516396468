import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RUFF_VERSION } from '@dd/plugin/src/tools/ruff-tool';
import { join } from 'node:path';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * `nx lint` as a user runs it across several integrations: one batch process, a report per
 * integration, machine-readable formats, --fix, and ruff as Datadog's CI runs it, from the
 * workspace's pinned ruff: no `setup`, no virtualenv.
 */
describe('lint many integrations', () => {
  let ws: TestWorkspace;
  const lint = (...args: string[]) => ws.nx(['run-many', '-t', 'lint', '--excludeTaskDependencies', ...args]);
  const metadata = () => join(ws.root, 'integrations', 'gamma', 'metadata.csv');

  beforeAll(() => {
    ws = createTestWorkspace('lint');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha', '--manifestVersion=1']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta']);
    ws.nxOk(['g', '@dd/plugin:integration', 'gamma']);
    const text = readFileSync(metadata(), 'utf8');
    writeFileSync(metadata(), `\ufeff${text.replace(',gauge,,second', ', GAUGE ,,second').replace(/\n/g, '\r\n')}`);
  });
  afterAll(() => ws?.dispose());

  it('lints every integration in one process and fails only the one with errors', () => {
    const result = lint();
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Running 3 tasks with @dd/plugin:lint');
    expect(result.output).toContain('integrations/alpha: no problems found.');
    expect(result.output).toContain('integrations/beta: no problems found.');
    expect(result.output).toMatch(
      /3:\d+\s+error\s+field metric_type padded with spaces\s+metadata\/whitespace-padding/,
    );
    expect(result.output).toMatch(
      /1:1\s+error\s+metadata\.csv starts with a byte order mark \(BOM\)\s+file\/byte-order-mark/,
    );
    expect(result.output).toMatch(/Failed tasks:\s+- gamma:lint\s/);
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('writes SARIF and GitHub annotations', () => {
    const sarif = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--format=sarif', '--skip-nx-cache']).stdout;
    const log = JSON.parse(sarif.slice(sarif.indexOf('\n{') + 1, sarif.lastIndexOf('\n}') + 2));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(
      expect.arrayContaining(['file/byte-order-mark', 'metadata/whitespace-padding', 'metadata/invalid-metric-type']),
    );
    const github = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--format=github', '--skip-nx-cache']).stdout;
    expect(github).toContain('::error file=integrations/gamma/metadata.csv,line=1,col=1,title=file/byte-order-mark::');
  });

  it('repairs what is safe with --fix, says what it changed, and then passes', () => {
    const fixed = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--fix']);
    expect(fixed.output).toContain(
      'fixed integrations/gamma/metadata.csv: removed the byte order mark; converted CRLF line endings to LF; trimmed the spaces around 1 field(s); lower-cased 1 metric type(s)',
    );
    expect(fixed.status).toBe(0);
    expect(readFileSync(metadata(), 'utf8')).toMatch(
      /^metric_name,.*\ngamma\.up,gauge,.*\ngamma\.collection\.duration,gauge,,second,/s,
    );
    expect(lint().output).toMatch(/cache/);
  });

  it('installed the pinned ruff once, into the tool folder', () => {
    expect(existsSync(join(ws.root, '.dd', 'tools', `ruff-${RUFF_VERSION}`, 'bin', 'ruff'))).toBe(true);
  });

  it('lints the Python code with ruff check and ruff format, without setup or a virtualenv', () => {
    const check = join(ws.root, 'integrations', 'alpha', 'datadog_checks', 'alpha', 'check.py');
    const original = readFileSync(check, 'utf8');
    // An unused import that also unsorts the imports, and a line ruff format would rewrite.
    writeFileSync(
      check,
      original.replace('import time\n', 'import time\nimport os\n').replace("return {'up': 1}", "return {'up':1}"),
    );
    const result = ws.nx(['run-many', '-t', 'lint', '-p', 'alpha', 'beta']);
    expect(result.output).not.toMatch(/:setup/);
    expect(result.output).toMatch(
      /integrations\/alpha\/datadog_checks\/alpha\/check\.py\S*\s+1:1\s+error\s+Import block is un-sorted or un-formatted\s+python\/I001/,
    );
    expect(result.output).toMatch(/2:8\s+error\s+`os` imported but unused\s+python\/F401/);
    expect(result.output).toMatch(/error\s+ruff format would reformat this file \(1 change\)\s+python\/format/);
    expect(result.output).toContain('integrations/beta: no problems found.');
    expect(result.output).toMatch(/Failed tasks:\s+- alpha:lint\s/);

    // SARIF describes ruff's rules from the pinned ruff's own rule list, with their pages.
    const sarif = ws.nx(['lint', 'alpha', '--format=sarif', '--skip-nx-cache']).stdout;
    const log = JSON.parse(sarif.slice(sarif.indexOf('\n{') + 1, sarif.lastIndexOf('\n}') + 2));
    const rules = new Map(log.runs[0].tool.driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(rules.get('python/F401')).toEqual({
      id: 'python/F401',
      name: 'unused-import',
      shortDescription: { text: 'Checks for unused imports.' },
      fullDescription: {
        text: expect.stringMatching(/^## What it does\nChecks for unused imports\.\n\n## Why is this bad\?/),
      },
      helpUri: 'https://docs.astral.sh/ruff/rules/unused-import',
    });
    expect(rules.get('python/I001')).toMatchObject({ helpUri: 'https://docs.astral.sh/ruff/rules/unsorted-imports' });
    expect(rules.get('python/format')).toMatchObject({
      shortDescription: { text: 'A file `ruff format` would rewrite.' },
      helpUri: 'https://docs.astral.sh/ruff/formatter/',
    });

    const fixed = ws.nx(['lint', 'alpha', '--fix']);
    expect(fixed.output).toContain('formatted integrations/alpha/datadog_checks/alpha/check.py (ruff format)');
    expect(fixed.output).toContain('fixed integrations/alpha/datadog_checks/alpha/check.py: I001 (ruff check --fix)');
    // F401 is unfixable in Datadog's settings: it stays, and fails the target.
    expect(fixed.output).toMatch(/`os` imported but unused\s+python\/F401/);
    expect(fixed.output).not.toMatch(/python\/(format|I001)/);
    expect(readFileSync(check, 'utf8')).toContain("return {'up': 1}");
    expect(fixed.status).not.toBe(0);

    writeFileSync(check, readFileSync(check, 'utf8').replace('import os\n', ''));
    expect(readFileSync(check, 'utf8')).toBe(original);
    expect(ws.nxOk(['lint', 'alpha']).output).toContain('integrations/alpha: no problems found.');
    for (const name of ['alpha', 'beta']) expect(existsSync(join(ws.root, 'integrations', name, '.venv'))).toBe(false);
  });

  it('says why ruff could not run, and still runs the file rules', () => {
    const result = ws.nx(['lint', 'beta', '--skip-nx-cache'], { DD_RUFF: '/nonexistent/ruff' });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /1:1\s+error\s+ruff could not run: DD_RUFF is '\/nonexistent\/ruff', which does not run .*python\/ruff-failed/,
    );
    expect(result.output).toContain('point DD_RUFF at a ruff');
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('points at a JSON syntax error in the manifest instead of crashing', () => {
    const manifest = join(ws.root, 'integrations', 'alpha', 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"support": "contrib",', '"support": "contrib,'));
    const result = ws.nx(['lint', 'alpha', '--excludeTaskDependencies']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /9:14\s+error\s+manifest\.json is not valid JSON: unterminated string: the string opened at 9:14 runs into the end of the line\s+manifest\/invalid-json/,
    );
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});

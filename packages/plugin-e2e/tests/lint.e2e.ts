import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * `nx lint` as a user runs it across several integrations: one batch process, a report per
 * integration, machine-readable formats, --fix, and one ruff process for the integrations that
 * have a virtualenv (`setup` is excluded from the runs, and made once for one integration).
 */
describe('lint many integrations', () => {
  let ws: TestWorkspace;
  const lint = (...args: string[]) => ws.nx(['run-many', '-t', 'lint', '--excludeTaskDependencies', ...args]);
  const metadata = () => join(ws.root, 'integrations', 'gamma', 'metadata.csv');

  beforeAll(() => {
    ws = createTestWorkspace('lint');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta', '--manifestVersion=2']);
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
    expect(result.output).toMatch(/3:\d+\s+error\s+field metric_type padded with spaces\s+metadata\/whitespace-padding/);
    expect(result.output).toMatch(/1:1\s+error\s+metadata\.csv starts with a byte order mark \(BOM\)\s+file\/byte-order-mark/);
    expect(result.output).toMatch(/Failed tasks:\s+- gamma:lint\s/);
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('writes SARIF and GitHub annotations', () => {
    const sarif = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--format=sarif', '--skip-nx-cache']).stdout;
    const log = JSON.parse(sarif.slice(sarif.indexOf('\n{') + 1, sarif.lastIndexOf('\n}') + 2));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['file/byte-order-mark', 'metadata/whitespace-padding', 'metadata/invalid-metric-type']));
    const github = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--format=github', '--skip-nx-cache']).stdout;
    expect(github).toContain('::error file=integrations/gamma/metadata.csv,line=1,col=1,title=file/byte-order-mark::');
  });

  it('repairs what is safe with --fix, says what it changed, and then passes', () => {
    const fixed = ws.nx(['lint', 'gamma', '--excludeTaskDependencies', '--fix']);
    expect(fixed.output).toContain('fixed integrations/gamma/metadata.csv: removed the byte order mark; converted CRLF line endings to LF; trimmed the spaces around 1 field(s); lower-cased 1 metric type(s)');
    expect(fixed.status).toBe(0);
    expect(readFileSync(metadata(), 'utf8')).toMatch(/^metric_name,.*\ngamma\.up,gauge,.*\ngamma\.collection\.duration,gauge,,second,/s);
    expect(lint().output).toMatch(/cache/);
  });

  it('runs one ruff over the integrations that have an environment, and says where there is none', () => {
    ws.nxOk(['run', 'alpha:setup']);
    for (const name of ['alpha', 'beta']) {
      const check = join(ws.root, 'integrations', name, 'datadog_checks', name, 'check.py');
      writeFileSync(check, `import os\n${readFileSync(check, 'utf8')}`);
    }
    const result = lint('-p', 'alpha', 'beta');
    expect(result.output).toContain('Running 2 tasks with @dd/plugin:lint');
    expect(result.output).toMatch(/integrations\/alpha\/datadog_checks\/alpha\/check\.py\S*\s+1:8\s+error\s+`os` imported but unused\s+python\/F401/);
    expect(result.output).toContain('integrations/beta: ruff not run, there is no .venv (the setup target creates it)');
    expect(result.output).toMatch(/Failed tasks:\s+- alpha:lint\s/);
  });

  it('points at a JSON syntax error in the manifest instead of crashing', () => {
    const manifest = join(ws.root, 'integrations', 'alpha', 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"support": "contrib",', '"support": "contrib,'));
    const result = ws.nx(['lint', 'alpha', '--excludeTaskDependencies']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/9:14\s+error\s+manifest\.json is not valid JSON: unterminated string: the string opened at 9:14 runs into the end of the line\s+manifest\/invalid-json/);
    expect(result.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * Every kind `nx g @dd/plugin:integration` makes, generated with the real nx CLI in a new
 * workspace: each passes its own lint as generated, and the kinds with tests pass them in real
 * virtualenvs. check-only adds a check to one of the tiles.
 */
describe('every kind of integration, as generated', () => {
  let ws: TestWorkspace;
  const KINDS = ['check', 'jmx', 'logs', 'event', 'metrics-crawler'];
  const name = (kind: string) => `probe_${kind.replace('-', '_')}`;

  beforeAll(() => {
    ws = createTestWorkspace('kinds');
  });
  afterAll(() => ws?.dispose());

  it('generates each kind under integrations/, one project each', () => {
    for (const kind of KINDS)
      ws.nxOk(['g', '@dd/plugin:integration', name(kind), `--kind=${kind}`, '--no-interactive']);
    ws.nxOk(['g', '@dd/plugin:integration', 'probe_event', '--kind=check-only', '--no-interactive']);
    expect(ws.nxOk(['show', 'projects']).stdout.trim().split('\n').sort()).toEqual(KINDS.map(name).sort());
    expect(existsSync(join(ws.root, 'integrations', 'probe_event', 'datadog_checks', 'probe_event', 'check.py'))).toBe(
      true,
    );
  });

  it('gives each kind the targets that make sense for it', () => {
    const targets = (project: string) =>
      Object.keys(JSON.parse(ws.nxOk(['show', 'project', project, '--json']).stdout).targets);
    expect(targets('probe_check')).toEqual(expect.arrayContaining(['lint', 'setup', 'test', 'package']));
    expect(targets('probe_logs')).toEqual(expect.arrayContaining(['lint', 'package']));
    expect(targets('probe_logs')).not.toContain('test');
    expect(targets('probe_metrics_crawler')).not.toContain('setup');
  });

  it('passes strict lint for every kind, with no finding at all, its config models compared with the generator', () => {
    const lint = ws.nxOk(['run-many', '-t', 'lint', '--strict', '--outputStyle=static']);
    for (const kind of KINDS) expect(lint.output).toContain(`${name(kind)}: no problems found.`);
  });

  it('passes the tests of every kind that has them', () => {
    const test = ws.nxOk([
      'run-many',
      '-t',
      'test',
      '-p',
      'probe_check',
      'probe_jmx',
      'probe_event',
      '--outputStyle=static',
    ]);
    expect(test.output).toContain('Metric coverage for probe_check: 2/2 metrics of metadata.csv asserted (100%)');
    expect(test.output.match(/2 passed/g)).toHaveLength(3);
  });

  it('packages every Python kind into a wheel that holds its data files', () => {
    ws.nxOk(['run-many', '-t', 'package', '-p', 'probe_check', 'probe_jmx', 'probe_logs', '--outputStyle=static']);
    for (const name of ['probe_check', 'probe_jmx', 'probe_logs']) {
      const wheel = join(ws.root, 'dist', 'integrations', name, 'package', `datadog_${name}-0.0.1-py3-none-any.whl`);
      expect(existsSync(wheel)).toBe(true);
    }
    const listed = run(
      'python3',
      [
        '-c',
        'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))',
        join(ws.root, 'dist', 'integrations', 'probe_jmx', 'package', 'datadog_probe_jmx-0.0.1-py3-none-any.whl'),
      ],
      ws.root,
    ).stdout;
    expect(listed).toContain('datadog_checks/probe_jmx/data/metrics.yaml');
    expect(listed).toContain('datadog_checks/probe_jmx/data/conf.yaml.example');
  });

  it('refuses an unknown kind, listing the kinds, and writes nothing', () => {
    const refused = ws.nx(['g', '@dd/plugin:integration', 'probe_x', '--kind=widget', '--no-interactive']);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain("Unknown kind 'widget'. The kinds are:");
    expect(refused.output).toContain(
      '  metrics-crawler: A metrics crawler: a tile for metrics Datadog collects itself',
    );
    expect(existsSync(join(ws.root, 'integrations', 'probe_x'))).toBe(false);
  });

  it('refuses a name too long by its length', () => {
    const refused = ws.nx(['g', '@dd/plugin:integration', 'x'.repeat(120), '--no-interactive']);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('has 120 characters; at most 40 are accepted');
    expect(refused.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('writes the release notes of the first release in changelog.d, as ddev does', () => {
    const root = join(ws.root, 'integrations', 'probe_check');
    expect(readFileSync(join(root, 'changelog.d', '1.added'), 'utf8')).toBe('Initial Release\n');
    expect(readFileSync(join(root, 'datadog_checks', 'probe_check', '__about__.py'), 'utf8')).toBe(
      "__version__ = '0.0.1'\n",
    );
  });
});

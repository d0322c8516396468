/**
 * @requires ddev
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DDEV_VALIDATORS, EXTRAS_CI_FILES, installDdevForTest, type Ddev } from '../src/ddev';
import { run } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

const KINDS = ['check', 'jmx', 'logs', 'event', 'metrics-crawler'];

/**
 * ddev 20.1, Datadog's own CI tool, judges what the generator makes, in a workspace laid out as
 * integrations-extras (integrations at the root, its CODEOWNERS and test-all.yml, adopted with
 * init): every kind, and a check added to a tile with check-only, passes every validator as
 * generated, and `ddev test` finds and passes the check's tests.
 */
describe('ddev 20.1 accepts every kind as generated', () => {
  let ws: TestWorkspace;
  let ddev: Ddev;

  beforeAll(() => {
    ws = createTestWorkspace('ddev', {
      integrationsAtRoot: true,
      files: EXTRAS_CI_FILES,
    });
    for (const kind of KINDS) {
      ws.nxOk(['g', '@dd/plugin:integration', `probe_${kind.replace('-', '_')}`, `--kind=${kind}`, '--no-interactive']);
    }
    ws.nxOk(['g', '@dd/plugin:integration', 'probe_event', '--kind=check-only', '--no-interactive']);
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', 'integrations']);
    ddev = installDdevForTest(ws.root);
  });
  afterAll(() => ws?.dispose());

  it.each(DDEV_VALIDATORS)('ddev validate %s passes on every integration', (validator) => {
    const result = run(ddev.bin, ['-e', 'validate', validator], ws.root, ddev.env);
    if (result.status !== 0) throw new Error(`ddev validate ${validator} failed:\n${result.output.slice(-4000)}`);
    expect(result.status).toBe(0);
  });

  it('finds and passes the tests of the check with ddev test, as Datadog CI runs them', () => {
    const result = run(ddev.bin, ['-e', 'test', 'probe_check'], ws.root, ddev.env);
    if (result.status !== 0) throw new Error(`ddev test failed:\n${result.output.slice(-4000)}`);
    expect(result.output).toMatch(/2 passed/);
    expect(result.output).not.toContain('No testable targets found');
  });

  it('still passes after nx lint and nx test have made their folders at the root', () => {
    ws.nxOk(['run-many', '-t', 'lint', 'test', '-p', 'probe_check']);
    const result = run(ddev.bin, ['-e', 'validate', 'codeowners'], ws.root, ddev.env);
    expect(result.output).not.toContain('Integration dist does not have');
    expect(result.status).toBe(0);
  });

  it('writes the same test job as ddev validate ci --sync', () => {
    const sync = run(ddev.bin, ['-e', 'validate', 'ci', '--sync'], ws.root, ddev.env);
    expect(sync.status).toBe(0);
    expect(ws.git(['status', '--porcelain', '--', join('.github', 'workflows')]).stdout).toBe('');
  });

  it('judges config models as ddev validate models does, and --fix writes what ddev --sync writes', () => {
    const folder = join(ws.root, 'probe_check');
    const spec = join(folder, 'assets', 'configuration', 'spec.yaml');
    const models = join(folder, 'datadog_checks', 'probe_check', 'config_models');
    const option = [
      '    - name: port',
      '      description: The port to connect to.',
      '      value:',
      '        type: integer',
      '        example: 8080',
      '        display_default: 8080',
      '',
    ].join('\n');
    writeFileSync(
      spec,
      readFileSync(spec, 'utf8').replace(
        '    - template: instances/default',
        `${option}    - template: instances/default`,
      ),
    );
    ws.nxOk(['lint', 'probe_check', '--fix', '--skip-nx-cache']);
    const before = run(ddev.bin, ['-e', 'validate', 'models', 'probe_check'], ws.root, ddev.env);
    expect(before.output).not.toContain('not in sync');
    expect(before.status).toBe(0);
    expect(readFileSync(join(models, 'instance.py'), 'utf8')).toContain('port: Optional[int] = None');

    const instance = join(models, 'instance.py');
    writeFileSync(instance, readFileSync(instance, 'utf8').replace('port: Optional[int] = None', 'port: int'));
    const upstream = run(ddev.bin, ['-e', 'validate', 'models', 'probe_check'], ws.root, ddev.env);
    expect(upstream.output).toContain('File `instance.py` is not in sync');
    const ours = ws.nx(['lint', 'probe_check', '--skip-nx-cache']);
    expect(ours.status).not.toBe(0);
    expect(ours.output).toMatch(
      /error\s+`instance\.py` is not in sync with spec\.yaml \(first difference at line \d+\)\s+models\/out-of-sync/,
    );
  });
});

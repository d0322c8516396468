import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

const MATRIX = `[env.collectors.datadog-checks]

[[envs.default.matrix]]
python = ["3.13"]
version = ["1.0", "2.0"]

[envs.default.overrides]
matrix.version.env-vars = "ALPHA_VERSION"
`;

const TEST = `import os


def test_runs_with_its_environment_variables():
    active = os.environ['HATCH_ENV_ACTIVE']
    assert active in ('py3.13-1.0', 'py3.13-2.0')
    assert os.environ['ALPHA_VERSION'] == active.split('-')[1]
`;

/**
 * hatch.toml's test matrix as ddev runs it: each environment is a flavor task, named as hatch
 * names it, with the variables its overrides set; one runs alone with --flavor; a matrix hatch
 * cannot use is reported by lint at its line.
 */
describe("hatch.toml's matrix as flavor tasks", () => {
  let ws: TestWorkspace;
  const folder = () => join(ws.root, 'integrations', 'alpha');

  beforeAll(() => {
    ws = createTestWorkspace('hatch-matrix');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    writeFileSync(join(folder(), 'hatch.toml'), MATRIX);
    writeFileSync(join(folder(), 'tests', 'test_matrix.py'), TEST);
  });
  afterAll(() => ws?.dispose());

  it('infers one test task per environment, named as ddev names it', () => {
    const project = JSON.parse(ws.nxOk(['show', 'project', 'alpha', '--json']).stdout) as {
      targets: Record<string, { options?: Record<string, unknown> }>;
    };
    expect(Object.keys(project.targets).filter((t) => t.startsWith('test--'))).toEqual([
      'test--py3.13-1.0',
      'test--py3.13-2.0',
    ]);
  });

  it('runs the tests in every environment with its variables, then one alone with --flavor', () => {
    const all = ws.nxOk(['test', 'alpha', '--outputStyle=static']);
    expect(all.output).toMatch(/alpha\s+py3\.13-1\.0\s+passed/);
    expect(all.output).toMatch(/alpha\s+py3\.13-2\.0\s+passed/);
    const one = ws.nxOk(['test', 'alpha', '--flavor=py3.13-2.0', '--skip-nx-cache', '--outputStyle=static']);
    expect(one.output).toMatch(/alpha\s+py3\.13-1\.0\s+skipped: only flavor py3\.13-2\.0 was asked for/);
    expect(one.output).toMatch(/alpha\s+py3\.13-2\.0\s+passed/);
  });

  it('reports an override of a variable the matrix does not have at its line', () => {
    writeFileSync(join(folder(), 'hatch.toml'), MATRIX.replace('matrix.version.', 'matrix.versoin.'));
    const lint = ws.nx(['lint', 'alpha']);
    expect(lint.status).not.toBe(0);
    expect(lint.output).toMatch(
      /8:1\s+error\s+the override matrix\.versoin names a variable no matrix of \[envs\.default\] has \(it has python, version\)\s+hatch\/matrix/,
    );
    writeFileSync(join(folder(), 'hatch.toml'), MATRIX);
  });
});

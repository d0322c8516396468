import { appendFileSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/run';
import { copyThisWorkspace, type WorkspaceCopy } from '../src/workspace-copy';

/**
 * `nx affected` asks the project graph: a commit to one integration affects that integration, a
 * commit to the plugin affects every integration, a commit to a shared library its dependents.
 */
describe('nx affected on the workspace', () => {
  let ws: WorkspaceCopy;

  const affected = () =>
    ws
      .nxOk(['show', 'projects', '--affected', '--base=HEAD~1', '--head=HEAD'])
      .stdout.trim()
      .split('\n')
      .filter(Boolean)
      .sort();
  const touch = (path: string, text = '\n# touched\n') => appendFileSync(join(ws.root, path), text);

  beforeAll(() => {
    ws = copyThisWorkspace('affected');
    ws.commit('workspace');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.nxOk(['g', '@dd/plugin:integration', 'beta']);
    const lib = join(ws.root, 'libs', 'shared');
    mkdirSync(join(lib, 'dd_shared'), { recursive: true });
    writeFileSync(
      join(lib, 'pyproject.toml'),
      '[build-system]\nrequires = ["setuptools>=77"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "dd-shared"\nversion = "0.1.0"\n',
    );
    writeFileSync(join(lib, 'dd_shared', '__init__.py'), 'def double(x):\n    return 2 * x\n');
    const pyproject = join(ws.root, 'integrations', 'beta', 'pyproject.toml');
    writeFileSync(
      pyproject,
      readFileSync(pyproject, 'utf8').replace(
        '"datadog-checks-base>=32.6.0",',
        '"datadog-checks-base>=32.6.0",\n    "dd-shared",',
      ),
    );
    ws.commit('two integrations and a shared library');
  });
  afterAll(() => ws?.dispose());

  it('draws the Python requirement on the shared library and the plugin as edges of the graph', () => {
    ws.nxOk(['graph', '--file=graph.json']);
    const graph = JSON.parse(require('node:fs').readFileSync(join(ws.root, 'graph.json'), 'utf8')).graph;
    const targets = (p: string) => graph.dependencies[p].map((d: { target: string }) => d.target).sort();
    expect(targets('beta')).toEqual(['plugin', 'shared']);
    expect(targets('alpha')).toEqual(['plugin']);
    expect(targets('shared')).toEqual(['plugin']);
  });

  it('a change inside one integration affects that integration only', () => {
    // Two blank lines before it: the comment leaves the check formatted as ruff format wants it.
    touch('integrations/alpha/datadog_checks/alpha/check.py', '\n\n# touched\n');
    ws.commit('change alpha');
    expect(affected()).toEqual(['alpha']);
  });

  it("a change to the plugin's source affects every integration", () => {
    touch('packages/plugin/src/lint/locate.ts', '\n// touched\n');
    ws.commit('change the plugin');
    // tools (the test runner and benchmarks) imports the plugin, so it is affected too
    expect(affected()).toEqual(['alpha', 'beta', 'plugin', 'plugin-e2e', 'shared', 'tools']);
  });

  it('a change to a shared library affects the integrations that require it', () => {
    touch('libs/shared/dd_shared/__init__.py');
    ws.commit('change the library');
    expect(affected()).toEqual(['beta', 'shared']);
  });

  it('installs a shared library the integration requires from the workspace, not from PyPI', () => {
    ws.nxOk(['run', 'beta:setup']);
    const probe = run(
      join(ws.root, 'integrations', 'beta', '.venv', 'bin', 'python'),
      ['-c', 'import dd_shared; print(dd_shared.double(21), dd_shared.__file__)'],
      ws.root,
    );
    expect(probe.status).toBe(0);
    expect(probe.stdout).toContain(`42 ${join(ws.root, 'libs', 'shared', 'dd_shared', '__init__.py')}`);
  });

  it("a change to an integration's README re-runs its lint but takes its tests from the cache", () => {
    ws.nxOk(['run-many', '-t', 'ci', '-p', 'alpha']);
    touch('integrations/alpha/README.md', '\nMore words.\n');
    ws.commit('document alpha');
    expect(affected()).toEqual(['alpha']);
    const run = ws.nxOk(['affected', '-t', 'ci', '--base=HEAD~1', '--head=HEAD', '--outputStyle=static']);
    expect(run.output).toMatch(/nx run alpha:test\s+\[local cache\]/);
    expect(run.output).not.toMatch(/nx run alpha:lint\s+\[local cache\]/);
    expect(run.output).toMatch(/nx run alpha:lint/);
  });
});

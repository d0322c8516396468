import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUFF_VERSION } from '@dd/plugin/src/tools/ruff-tool';
import { UV_VERSION } from '@dd/plugin/src/tools/uv-tool';
import { run } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * A newcomer's path: generate an integration with the real nx CLI, lint it with the workspace's
 * pinned ruff, then test it in a real virtualenv against the real datadog-checks-base.
 */
describe('generate, lint and test an integration', () => {
  let ws: TestWorkspace;
  const project = 'my_integration';
  const projectRoot = () => join(ws.root, 'integrations', project);

  beforeAll(() => {
    ws = createTestWorkspace('lifecycle');
  });
  afterAll(() => ws?.dispose());

  it('infers no project before the generator runs, and one after', () => {
    expect(ws.nxOk(['show', 'projects']).stdout.trim()).toBe('');
    ws.nxOk(['g', '@dd/plugin:integration', project, '--maintainer=dev@example.com']);
    expect(ws.nxOk(['show', 'projects']).stdout.trim().split('\n')).toEqual([project]);
  });

  it('shows every target with a description', () => {
    const shown = JSON.parse(ws.nxOk(['show', 'project', project, '--json']).stdout);
    expect(Object.keys(shown.targets)).toEqual(expect.arrayContaining(['clean', 'lint', 'package', 'setup', 'test']));
    for (const target of Object.values<{ metadata: { description: string } }>(shown.targets)) {
      expect(target.metadata.description.length).toBeGreaterThan(20);
    }
  });

  it('passes its own lint at once, with the pinned ruff and without a virtualenv', () => {
    const lint = ws.nxOk(['lint', project]);
    expect(lint.output).toContain('no problems found');
    expect(lint.output).toContain(
      `Installed ruff ${RUFF_VERSION} from the package index into .dd/tools/ruff-${RUFF_VERSION} (`,
    );
    expect(lint.output).not.toMatch(/> nx run my_integration:setup/);
    expect(existsSync(join(projectRoot(), '.venv'))).toBe(false);
  });

  it('passes its own tests after installing its uv and building a real virtualenv, writes JUnit XML and prints the metric coverage report', () => {
    const test = ws.nxOk(['test', project], { DD_UV: '' });
    expect(test.output).toContain(
      `Installed uv ${UV_VERSION} from the package index into .dd/tools/uv-${UV_VERSION} (`,
    );
    expect(test.output).toContain(`${ws.root}/.dd/tools/uv-${UV_VERSION}/bin/uv pip install`);
    expect(test.output.match(/> nx run my_integration:setup/g)).toHaveLength(1);
    const venvPython = join(projectRoot(), '.venv', 'bin', 'python');
    const probe = run(
      venvPython,
      [
        '-c',
        'import datadog_checks.base, datadog_checks.my_integration as m; print(datadog_checks.base.__version__, m.__version__)',
      ],
      ws.root,
    );
    expect(probe.status).toBe(0);
    expect(probe.stdout.trim()).toMatch(/^\d+\.\d+\.\d+ 0\.0\.1$/);
    expect(test.output).toMatch(/2 passed/);
    expect(test.output).toContain('Metric coverage for my_integration: 2/2 metrics of metadata.csv asserted (100%)');
    expect(test.output).not.toMatch(/^benchmark: /m);
    expect(test.output).not.toContain("The 'NO_COLOR' env is ignored");
    const junit = readFileSync(join(ws.root, 'dist', 'integrations', project, 'test', 'junit.xml'), 'utf8');
    expect(junit).toMatch(/tests="2"/);
    expect(junit).toMatch(/failures="0"/);
  });

  it('answers a second run from the cache, and setup does nothing', () => {
    const again = ws.nxOk(['run-many', '-t', 'lint', 'test', '-p', project]);
    expect(again.output).toContain('is up to date');
    expect(again.output).toMatch(
      /Nx read the output from the cache instead of running the command for 2 out of 3 tasks/,
    );
  });

  it('re-runs the tests when the check changes, but not when only the README does', () => {
    const readme = join(projectRoot(), 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nMore words.\n`);
    expect(ws.nxOk(['test', project]).output).toMatch(/cache instead of running the command for 1 out of 2 tasks/);
    expect(ws.nxOk(['lint', project]).output).not.toMatch(/read the output from the cache/);

    const check = join(projectRoot(), 'datadog_checks', project, 'check.py');
    writeFileSync(check, readFileSync(check, 'utf8').replace("return {'up': 1}", "return {'up': 0}"));
    const failed = ws.nx(['test', project]);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('some tests failed');
  });

  it('reports a Python lint finding at its file and line, without a stack trace', () => {
    const check = join(projectRoot(), 'datadog_checks', project, 'check.py');
    writeFileSync(check, `import os\n${readFileSync(check, 'utf8')}`);
    const lint = ws.nx(['lint', project]);
    expect(lint.status).not.toBe(0);
    expect(lint.output).toContain(`integrations/${project}/datadog_checks/${project}/check.py`);
    expect(lint.output).toMatch(/1:8\s+error\s+`os` imported but unused\s+python\/F401/);
    expect(lint.output).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('refuses to overwrite the integration', () => {
    const again = ws.nx(['g', '@dd/plugin:integration', project]);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain('already exists; the generator never overwrites an integration');
  });

  it('cleans what setup and the targets created', () => {
    ws.nxOk(['run', `${project}:clean`]);
    expect(existsSync(join(projectRoot(), '.venv'))).toBe(false);
    expect(existsSync(join(ws.root, 'dist', 'integrations', project))).toBe(false);
    expect(existsSync(join(projectRoot(), 'datadog_checks', project, 'check.py'))).toBe(true);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOk } from '../src/run';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/**
 * Packaging: an integration's wheel and sdist build with the workspace's uv, come from Nx's cache
 * when nothing they hold changed, and carry the integration's metadata.
 */
describe('package an integration', () => {
  let ws: TestWorkspace;
  const root = join('integrations', 'alpha');
  const read = (path: string) => readFileSync(join(ws.root, path), 'utf8');
  const wheelDir = () => join(ws.root, 'dist', 'integrations', 'alpha', 'package');
  const FROM_CACHE = 'from the cache instead of running the command for 1 out of 1 tasks';

  beforeAll(() => {
    ws = createTestWorkspace('package');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    ws.git(['add', '-A']);
    ws.git(['commit', '--quiet', '-m', 'Add alpha']);
  });
  afterAll(() => ws?.dispose());

  it('builds a wheel and an sdist, and answers a re-run from the cache', () => {
    const built = ws.nxOk(['run', 'alpha:package']);
    expect(built.output).toContain(
      'datadog-agent integration install -w dist/integrations/alpha/package/datadog_alpha-0.0.1-py3-none-any.whl',
    );
    expect(existsSync(join(wheelDir(), 'datadog_alpha-0.0.1-py3-none-any.whl'))).toBe(true);
    expect(existsSync(join(wheelDir(), 'datadog_alpha-0.0.1.tar.gz'))).toBe(true);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(FROM_CACHE);
  });

  it('rebuilds for a README change but not for a CI file or changelog change', () => {
    writeFileSync(join(ws.root, root, 'ci', 'env.yaml'), `${read(`${root}/ci/env.yaml`)}# more\n`);
    writeFileSync(join(ws.root, root, 'CHANGELOG.md'), `${read(`${root}/CHANGELOG.md`)}\nMore history.\n`);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(FROM_CACHE);
    writeFileSync(join(ws.root, root, 'README.md'), `${read(`${root}/README.md`)}\nMore words.\n`);
    expect(ws.nxOk(['run', 'alpha:package']).output).not.toContain('from the cache');
    ws.git(['checkout', '--', root]);
    expect(ws.nxOk(['run', 'alpha:package']).output).toContain(FROM_CACHE);
  });

  it('has the metadata of the integration: name, version, requirements, license and README', () => {
    const metadata = runOk(
      'python3',
      [
        '-c',
        'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("datadog_alpha-0.0.1.dist-info/METADATA").decode())',
        join(wheelDir(), 'datadog_alpha-0.0.1-py3-none-any.whl'),
      ],
      ws.root,
    ).stdout;
    const [headers, description] = metadata.split(/\r?\n\r?\n([\s\S]*)/);
    expect(headers).toMatch(/^Name: datadog-alpha$/m);
    expect(headers).toMatch(/^Version: 0\.0\.1$/m);
    expect(headers).toMatch(/^License-Expression: BSD-3-Clause$/m);
    expect(headers).toMatch(/^Description-Content-Type: text\/markdown$/m);
    // pyproject.toml's dependencies, as Datadog's layout declares them.
    const requirements = ['datadog-checks-base>=32.6.0'];
    expect(
      headers
        .split('\n')
        .filter((l) => l.startsWith('Requires-Dist: '))
        .map((l) => l.slice('Requires-Dist: '.length)),
    ).toEqual(requirements);
    expect(description.trim()).toBe(read(`${root}/README.md`).trim());
  });
});

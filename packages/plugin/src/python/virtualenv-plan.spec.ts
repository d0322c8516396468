import { computeVirtualenvKey, planVirtualenv } from './virtualenv-plan';

const base = {
  python: 'python3',
  projectRoot: '/ws/integrations/x',
  venvDir: '/ws/integrations/x/.venv',
  hasRequirementsTxt: true,
  platform: 'linux' as const,
};

describe('planVirtualenv', () => {
  it('creates the environment with uv, then installs the tools and the integration editable', () => {
    const plan = planVirtualenv({ ...base, installer: { kind: 'uv', file: 'uv', prefixArgs: [] }, create: true });
    expect(plan.map((c) => [c.file, ...c.args])).toEqual([
      ['uv', 'venv', '--clear', '--quiet', '--python', 'python3', '/ws/integrations/x/.venv'],
      [
        'uv',
        'pip',
        'install',
        '--quiet',
        '--python',
        '/ws/integrations/x/.venv/bin/python',
        'datadog-checks-base[deps]',
        'datadog-checks-dev',
        'pytest',
        'ruff',
        '-r',
        '/ws/integrations/x/requirements.txt',
        '-e',
        '/ws/integrations/x',
      ],
    ]);
  });

  it('falls back to venv and pip, and skips creation when the environment exists', () => {
    const plan = planVirtualenv({ ...base, installer: { kind: 'pip' }, create: false, hasRequirementsTxt: false });
    expect(plan).toHaveLength(1);
    expect(plan[0].file).toBe('/ws/integrations/x/.venv/bin/python');
    expect(plan[0].args.slice(0, 2)).toEqual(['-m', 'pip']);
    expect(plan[0].args).not.toContain('-r');
  });

  it('installs the workspace projects it requires editable, before the integration', () => {
    const plan = planVirtualenv({
      ...base,
      installer: { kind: 'pip' },
      create: false,
      workspaceDependencies: ['/ws/libs/shared'],
    });
    expect(plan[0].args.slice(-4)).toEqual(['-e', '/ws/libs/shared', '-e', '/ws/integrations/x']);
  });

  it("installs the integration with its deps extra, where Datadog's layout keeps a check's requirements", () => {
    const plan = planVirtualenv({ ...base, installer: { kind: 'pip' }, create: false, extras: ['deps'] });
    expect(plan[0].args.slice(-2)).toEqual(['-e', '/ws/integrations/x[deps]']);
  });

  it('runs uv as a module when it is only importable', () => {
    const plan = planVirtualenv({
      ...base,
      installer: { kind: 'uv', file: 'python3', prefixArgs: ['-m', 'uv'] },
      create: true,
    });
    expect(plan[0].args.slice(0, 3)).toEqual(['-m', 'uv', 'venv']);
  });
});

describe('computeVirtualenvKey', () => {
  const input = { pythonVersion: '3.11.7', pluginVersion: '0.1.0', requirementFiles: { 'requirements.txt': 'a\n' } };

  it('is stable for the same input', () => {
    expect(computeVirtualenvKey(input)).toBe(computeVirtualenvKey({ ...input }));
  });

  it.each([
    ['the Python version', { pythonVersion: '3.12.0' }],
    ['a requirement file', { requirementFiles: { 'requirements.txt': 'b\n' } }],
    ['a file appearing', { requirementFiles: { 'requirements.txt': 'a\n', 'pyproject.toml': '' } }],
    ['the plugin version', { pluginVersion: '0.2.0' }],
  ])('changes with %s', (_what, change) => {
    expect(computeVirtualenvKey({ ...input, ...change })).not.toBe(computeVirtualenvKey(input));
  });
});

import { CHECKS_DEV_TOOL, DATADOG_CHECKS_DEV_VERSION } from './checks-dev-tool';
import { RUFF_TOOL } from './ruff-tool';
import { UV_TOOL, UV_VERSION } from './uv-tool';
import { workspaceToolInstallCommand, workspaceToolLayout, workspaceToolsDir } from './workspace-tool';

describe('workspaceToolLayout', () => {
  it('puts each pinned tool in its own versioned folder of .dd/tools, with its lock and scratch beside it', () => {
    expect(workspaceToolsDir('/ws')).toBe('/ws/.dd/tools');
    expect(workspaceToolLayout('/ws', RUFF_TOOL, 'linux')).toEqual({
      dir: '/ws/.dd/tools/ruff-0.11.10',
      binary: '/ws/.dd/tools/ruff-0.11.10/bin/ruff',
      ready: '/ws/.dd/tools/ruff-0.11.10/bin/ruff',
      lock: '/ws/.dd/tools/.ruff-0.11.10.lock',
      scratchPrefix: '/ws/.dd/tools/.ruff-0.11.10-',
    });
    expect(workspaceToolLayout('/ws', UV_TOOL, 'linux')).toMatchObject({
      dir: `/ws/.dd/tools/uv-${UV_VERSION}`,
      binary: `/ws/.dd/tools/uv-${UV_VERSION}/bin/uv`,
      lock: `/ws/.dd/tools/.uv-${UV_VERSION}.lock`,
    });
  });

  it('names the Windows executable', () => {
    expect(workspaceToolLayout('/ws', RUFF_TOOL, 'win32').binary).toMatch(/bin[\\/]ruff\.exe$/);
  });
});

describe('workspaceToolInstallCommand', () => {
  it("installs the pinned wheel into the folder with the interpreter's pip, without dependencies", () => {
    expect(workspaceToolInstallCommand('python3', '/ws/.dd/tools/.ruff-0.11.10-x', RUFF_TOOL)).toEqual({
      file: 'python3',
      args: [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '--no-warn-script-location',
        '--no-deps',
        '--target',
        '/ws/.dd/tools/.ruff-0.11.10-x',
        'ruff==0.11.10',
      ],
      env: { PIP_ROOT_USER_ACTION: 'ignore', PIP_NO_INPUT: '1' },
    });
    expect(workspaceToolInstallCommand('python3', '/t', UV_TOOL).args.at(-1)).toBe(`uv==${UV_VERSION}`);
  });
});

describe('a library as a workspace tool', () => {
  it('is complete when its file is there, and installs with what it imports, without dependencies', () => {
    expect(workspaceToolLayout('/ws', CHECKS_DEV_TOOL, 'linux')).toMatchObject({
      dir: `/ws/.dd/tools/datadog-checks-dev-${DATADOG_CHECKS_DEV_VERSION}`,
      ready: `/ws/.dd/tools/datadog-checks-dev-${DATADOG_CHECKS_DEV_VERSION}/datadog_checks/dev/tooling/configuration/consumers/example.py`,
    });
    expect(workspaceToolInstallCommand('python3', '/t', CHECKS_DEV_TOOL).args.slice(-4)).toEqual([
      '--target',
      '/t',
      `datadog-checks-dev==${DATADOG_CHECKS_DEV_VERSION}`,
      'pyyaml==6.0.4',
    ]);
  });
});

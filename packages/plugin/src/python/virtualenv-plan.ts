import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ProcessCommand } from '../commands/process-command';

/** The packages every integration virtualenv gets besides the integration itself. */
export const TOOL_REQUIREMENTS = ['datadog-checks-base[deps]', 'datadog-checks-dev', 'pytest', 'ruff'] as const;

export type Installer = { kind: 'uv'; file: string; prefixArgs: string[] } | { kind: 'pip' };

export interface VirtualenvPlanInput {
  installer: Installer;
  /** The interpreter the virtualenv is made from. */
  python: string;
  projectRoot: string;
  venvDir: string;
  /** Whether the virtualenv must be created (missing, or made from another Python). */
  create: boolean;
  hasRequirementsTxt: boolean;
  /** Test-only packages (hatch.toml's `[envs.default] dependencies`). */
  testDependencies?: readonly string[];
  /** Extras of the integration to install with it: `deps`, where Datadog's layout keeps a check's own requirements. */
  extras?: readonly string[];
  /** Absolute roots of workspace Python projects it requires, installed editable first. */
  workspaceDependencies?: readonly string[];
  platform: NodeJS.Platform;
}

/** The interpreter inside a virtualenv. */
export function venvPython(venvDir: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
}

/** An executable installed into a virtualenv (e.g. `ruff`). */
export function venvExecutable(venvDir: string, name: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? join(venvDir, 'Scripts', `${name}.exe`) : join(venvDir, 'bin', name);
}

/**
 * The commands that create (when needed) and fill an integration's virtualenv: the tools, then
 * the integration itself installed editable with its requirements.
 */
export function planVirtualenv(input: VirtualenvPlanInput): ProcessCommand[] {
  const python = venvPython(input.venvDir, input.platform);
  const packages = [
    ...TOOL_REQUIREMENTS,
    ...(input.testDependencies ?? []),
    ...(input.hasRequirementsTxt ? ['-r', join(input.projectRoot, 'requirements.txt')] : []),
    ...(input.workspaceDependencies ?? []).flatMap((root) => ['-e', root]),
    '-e',
    input.extras && input.extras.length > 0 ? `${input.projectRoot}[${input.extras.join(',')}]` : input.projectRoot,
  ];
  if (input.installer.kind === 'uv') {
    const { file, prefixArgs } = input.installer;
    return [
      ...(input.create
        ? [{ file, args: [...prefixArgs, 'venv', '--clear', '--quiet', '--python', input.python, input.venvDir] }]
        : []),
      { file, args: [...prefixArgs, 'pip', 'install', '--quiet', '--python', python, ...packages] },
    ];
  }
  return [
    ...(input.create ? [{ file: input.python, args: ['-m', 'venv', '--clear', input.venvDir] }] : []),
    {
      file: python,
      args: ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...packages],
    },
  ];
}

/** The inputs a virtualenv depends on; when they are unchanged, setup has nothing to do. */
export interface VirtualenvKeyInput {
  pythonVersion: string;
  pluginVersion: string;
  /** Contents of the files that declare the integration's requirements, by name. */
  requirementFiles: Record<string, string | undefined>;
}

/** A stable digest of everything that decides what the virtualenv contains. */
export function computeVirtualenvKey(input: VirtualenvKeyInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ python: input.pythonVersion, plugin: input.pluginVersion, tools: TOOL_REQUIREMENTS }));
  for (const name of Object.keys(input.requirementFiles).sort()) {
    hash.update(`\0${name}\0${input.requirementFiles[name] ?? '<absent>'}`);
  }
  return hash.digest('hex');
}

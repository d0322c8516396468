import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Interpreter } from '../python/choose-python';
import { parsePythonVersion } from '../python/python-version';
import { runProcess } from './run-process';
import type { UvCommand } from './workspace-uv';

/**
 * The search path for uv's interpreter discovery: pyenv's installed versions first (uv does not
 * look there, and pyenv's shims answer only for the active version, slowly), then the PATH
 * without the shims.
 */
export function discoveryPath(env: NodeJS.ProcessEnv): string {
  const pyenvRoot = env.PYENV_ROOT || join(homedir(), '.pyenv');
  const versions = join(pyenvRoot, 'versions');
  const pyenvBins = existsSync(versions)
    ? readdirSync(versions)
        .sort()
        .reverse()
        .map((v) => join(versions, v, 'bin'))
    : [];
  const path = (env.PATH ?? '').split(delimiter).filter((dir) => dir && dir !== join(pyenvRoot, 'shims'));
  return [...pyenvBins, ...path].join(delimiter);
}

interface UvPythonEntry {
  path: string | null;
  version: string;
  implementation: string;
}

/** Every CPython uv finds on this machine (system, pyenv, uv-managed), without downloading any. */
export async function listInterpreters(uv: UvCommand, env: NodeJS.ProcessEnv = process.env): Promise<Interpreter[]> {
  const result = await runProcess({
    file: uv.file,
    args: [...uv.prefixArgs, 'python', 'list', '--only-installed', '--output-format', 'json', '--no-python-downloads'],
    env: { PATH: discoveryPath(env), UV_PYTHON_DOWNLOADS: 'never' },
    timeoutMs: 60_000,
  });
  if (result.exitCode !== 0) return [];
  let entries: UvPythonEntry[];
  try {
    entries = JSON.parse(result.stdout) as UvPythonEntry[];
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const version = parsePythonVersion(entry.version);
    return entry.path && version && entry.implementation === 'cpython' ? [{ path: entry.path, version }] : [];
  });
}

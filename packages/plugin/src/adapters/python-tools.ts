import { PythonNotFoundError, PythonTooOldError } from '../errors/user-error';
import { Installer } from '../python/virtualenv-plan';
import {
  formatPythonVersion,
  isAtLeast,
  MINIMUM_PYTHON,
  parsePythonVersion,
  PythonVersion,
} from '../python/python-version';
import { runProcess } from './run-process';
import type { FoundUv } from './workspace-uv';

const VERSION_SCRIPT = 'import sys; print("%d.%d.%d" % sys.version_info[:3])';

/**
 * Asks an interpreter for its version and checks it is recent enough.
 * Throws a {@link PythonNotFoundError} or {@link PythonTooOldError} that names what was found.
 */
export async function findPython(python: string): Promise<PythonVersion> {
  let output: string;
  try {
    const result = await runProcess({ file: python, args: ['-c', VERSION_SCRIPT], timeoutMs: 30_000 });
    if (result.exitCode !== 0) throw new Error(result.stderr.trim() || `exit code ${result.exitCode}`);
    output = result.stdout;
  } catch (error) {
    throw new PythonNotFoundError(
      `No usable Python: '${python}' could not run (${(error as Error).message.split('\n')[0]}). ` +
        `@dd/plugin needs Python >= ${formatPythonVersion(MINIMUM_PYTHON)}.`,
      'install Python 3 (e.g. `apt-get install python3 python3-venv`) or set DD_PYTHON to the interpreter to use',
      { cause: error },
    );
  }
  const version = parsePythonVersion(output);
  if (!version || !isAtLeast(version, MINIMUM_PYTHON)) {
    throw new PythonTooOldError(
      `'${python}' is Python ${output.trim() || 'of unknown version'}; @dd/plugin needs Python >= ${formatPythonVersion(MINIMUM_PYTHON)}.`,
      'install a newer Python and set DD_PYTHON to it (for example DD_PYTHON=python3.11)',
    );
  }
  return version;
}

/**
 * The installer of integration environments: uv (see `findUv`: the workspace's own, installed
 * on first use) unless pip is asked for; with `auto`, venv + pip when no uv can be had. `uv` is the
 * caller's lookup, so that a task (or a batch) that already found uv does not look again.
 */
export async function findInstaller(
  uvLookup: () => Promise<FoundUv>,
  preference: 'auto' | 'uv' | 'pip',
  log: (line: string) => void,
): Promise<Installer> {
  if (preference === 'pip') return { kind: 'pip' };
  const uv = await uvLookup();
  if (uv.kind === 'uv') return uv;
  if (preference === 'uv') {
    throw new PythonNotFoundError(`uv was requested but none can be had: ${uv.problem}.`, UV_HINT);
  }
  log(`${uv.problem}; falling back to venv + pip, which is slower.`);
  return { kind: 'pip' };
}

/** What lets the plugin install its uv, or replaces it. */
export const UV_HINT =
  'give the interpreter a pip (`apt-get install python3-pip`) so the plugin can install uv into .dd/tools, put uv on the PATH, or set DD_UV to a uv executable';

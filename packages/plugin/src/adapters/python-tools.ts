import { PythonNotFoundError, PythonTooOldError } from '../errors/user-error';
import { Installer } from '../python/environment-plan';
import { formatPythonVersion, isAtLeast, MINIMUM_PYTHON, parsePythonVersion, PythonVersion } from '../python/python-version';
import { runProcess } from './run-process';

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
 * Picks the fastest installer available: `uv` on the PATH, then `python -m uv`, then plain
 * venv + pip.
 */
export async function findInstaller(python: string, preference: 'auto' | 'uv' | 'pip'): Promise<Installer> {
  if (preference === 'pip') return { kind: 'pip' };
  const candidates: Installer[] = [
    { kind: 'uv', file: 'uv', prefixArgs: [] },
    { kind: 'uv', file: python, prefixArgs: ['-m', 'uv'] },
  ];
  for (const candidate of candidates) {
    if (candidate.kind !== 'uv') continue;
    const works = await runProcess({ file: candidate.file, args: [...candidate.prefixArgs, '--version'], timeoutMs: 30_000 })
      .then((r) => r.exitCode === 0)
      .catch(() => false);
    if (works) return candidate;
  }
  if (preference === 'uv') {
    throw new PythonNotFoundError(
      'uv was requested but neither `uv` nor `python -m uv` works.',
      'install it with `pip install uv`, or use --installer=auto to fall back to venv + pip',
    );
  }
  return { kind: 'pip' };
}

import { findPython } from '../../../adapters/python-tools';
import { listInterpreters } from '../../../adapters/find-interpreters';
import type { FoundUv } from '../../../adapters/workspace-uv';
import { PythonNotFoundError } from '../../../errors/user-error';
import { describeRequest, pickInterpreter, type Interpreter, type PythonRequest } from '../../../python/choose-python';
import { formatPythonVersion, type PythonVersion } from '../../../python/python-version';

/** The interpreter a virtualenv is made from, and the sentence that says why. */
export interface ResolvedPython {
  path: string;
  version: PythonVersion;
  why: string;
}

export interface ResolveDeps {
  /** The uv to search with (a batch finds it once). */
  uv(): Promise<FoundUv>;
  /** Every interpreter uv finds (a batch lists them once). */
  interpreters(uv: FoundUv): Promise<Interpreter[]>;
  findPython(command: string): Promise<PythonVersion>;
}

export const RESOLVE_DEPS: ResolveDeps = {
  uv: () => Promise.reject(new Error('no uv lookup given')),
  interpreters: (uv) => (uv.kind === 'uv' ? listInterpreters(uv) : Promise.resolve([])),
  findPython,
};

/**
 * Finds the interpreter a request names, through uv's discovery (system, pyenv and uv-managed
 * Pythons). A declared version that is not installed is an error that says how to get it; the
 * Agent's Python, when missing, gives way to python3.
 */
export async function resolvePython(
  project: string,
  request: PythonRequest,
  deps: ResolveDeps,
): Promise<ResolvedPython> {
  if (request.kind === 'command') {
    return { path: request.command, version: await deps.findPython(request.command), why: request.why };
  }
  const found = pickInterpreter(await deps.interpreters(await deps.uv()), request);
  if (found) return { ...found, why: request.why };
  if (request.kind === 'version' && request.orElsePython3) {
    const version = await deps.findPython('python3');
    return {
      path: 'python3',
      version,
      why: `${request.why}, is not installed here: python3 (${formatPythonVersion(version)}) instead`,
    };
  }
  const wanted = request.kind === 'version' ? request.version : request.specifier;
  throw new PythonNotFoundError(
    `${project} needs ${describeRequest(request)} (${request.why}), and none is installed on this machine.`,
    `install it (\`pyenv install ${wanted}\`, \`apt-get install python${request.kind === 'version' ? wanted : '3'}\`, or \`uv python install ${wanted}\`), or set DD_PYTHON to the interpreter to use`,
  );
}

import { formatPythonVersion, type PythonVersion } from './python-version';
import { satisfiesSpecifier } from './version-specifier';

/** What an integration says about its Python: hatch's test matrix and `requires-python`. */
export interface PythonDeclaration {
  /** The `python` values of hatch.toml's `[[envs.default.matrix]]`. */
  hatchPythons: string[];
  requiresPython?: string;
}

/** What to look for, and why, in words setup prints. */
export type PythonRequest =
  | { kind: 'command'; command: string; why: string }
  | { kind: 'version'; version: string; why: string; orElsePython3: boolean }
  | { kind: 'specifier'; specifier: string; why: string };

/** `3.12` before `3.9`: the newest of a list of minor versions. */
function newest(versions: readonly string[]): string {
  const key = (v: string) => v.split('.').map(Number);
  return [...versions].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return y[0]! - x[0]! || (y[1] ?? 0) - (x[1] ?? 0);
  })[0]!;
}

/**
 * Which Python an integration's virtualenv is made from: `--python`/DD_PYTHON as given; else
 * the newest version of hatch.toml's test matrix (what upstream CI runs); else the Agent's Python
 * when requires-python allows it, or the newest that requires-python allows; else the Agent's
 * Python, or python3 when that is not installed.
 */
export function choosePythonRequest(
  declaration: PythonDeclaration,
  agentPython: string,
  override?: string,
): PythonRequest {
  if (override) return { kind: 'command', command: override, why: 'set by --python or DD_PYTHON' };
  if (declaration.hatchPythons.length > 0) {
    return {
      kind: 'version',
      version: newest(declaration.hatchPythons),
      why: `hatch.toml tests it on Python ${declaration.hatchPythons.join(', ')}`,
      orElsePython3: false,
    };
  }
  const spec = declaration.requiresPython?.trim();
  if (spec) {
    const [major, minor] = agentPython.split('.').map(Number);
    if (satisfiesSpecifier({ major: major!, minor: minor!, patch: 0 }, spec)) {
      return {
        kind: 'version',
        version: agentPython,
        why: `the Agent's Python, which requires-python "${spec}" allows`,
        orElsePython3: true,
      };
    }
    return {
      kind: 'specifier',
      specifier: spec,
      why: `requires-python "${spec}" excludes the Agent's Python ${agentPython}`,
    };
  }
  return {
    kind: 'version',
    version: agentPython,
    why: "the Agent's Python (the integration declares none)",
    orElsePython3: true,
  };
}

/** An interpreter found on the machine. */
export interface Interpreter {
  path: string;
  version: PythonVersion;
}

/** The newest interpreter that answers the request, or undefined. */
export function pickInterpreter(
  found: readonly Interpreter[],
  request: Exclude<PythonRequest, { kind: 'command' }>,
): Interpreter | undefined {
  const fits = (i: Interpreter) =>
    request.kind === 'version'
      ? formatPythonVersion(i.version).startsWith(`${request.version}.`)
      : satisfiesSpecifier(i.version, request.specifier);
  return [...found]
    .filter(fits)
    .sort(
      (a, b) =>
        b.version.major - a.version.major || b.version.minor - a.version.minor || b.version.patch - a.version.patch,
    )[0];
}

/** What the request asks for, for messages: `Python 3.12`, `a Python matching ">=3.9,<3.13"`. */
export function describeRequest(request: PythonRequest): string {
  if (request.kind === 'command') return `'${request.command}'`;
  return request.kind === 'version' ? `Python ${request.version}` : `a Python matching "${request.specifier}"`;
}

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findInstaller } from '../../../adapters/python-tools';
import { describeCommand, ProcessError, runProcess } from '../../../adapters/run-process';
import { findUv, type FoundUv } from '../../../adapters/workspace-uv';
import { VirtualenvSetupError } from '../../../errors/user-error';
import { choosePythonRequest, type PythonRequest } from '../../../python/choose-python';
import { computeVirtualenvKey, planVirtualenv, venvPython } from '../../../python/virtualenv-plan';
import { explainInstallFailure } from '../../../python/explain-install-failure';
import { formatPythonVersion, type PythonVersion } from '../../../python/python-version';
import {
  readHatchEnvironment,
  readInstallExtras,
  readPythonDeclaration,
} from '../../../python/read-python-declaration';
import type { ProjectPaths } from '../../shared/executor-context';
import type { NormalizedSetupOptions } from './normalize-options';
import { RESOLVE_DEPS, resolvePython, type ResolveDeps, type ResolvedPython } from './resolve-python';

const STAMP = '.dd-setup.json';
const REQUIREMENT_FILES = ['requirements.txt', 'pyproject.toml', 'setup.py', 'hatch.toml'];

interface Stamp {
  key: string;
  /** The request the interpreter answered, and the interpreter: reused while both hold. */
  request: string;
  interpreter: string;
  python: string;
  why: string;
}

/** Where setup writes its progress, and how it finds uv and interpreters (a batch does each once). */
export interface EnsureIo extends ResolveDeps {
  log(line: string): void;
}

export interface EnsureResult {
  changed: boolean;
  installer: string;
  durationMs: number;
  python: { path: string; version: string; why: string };
}

function readText(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function readStamp(venvDir: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(join(venvDir, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function requestId(request: PythonRequest): string {
  const { why: _why, ...rest } = request;
  return JSON.stringify(rest);
}

/** The io of one setup task: finds uv when first asked. */
export function singleTaskIo(
  workspaceRoot: string,
  options: NormalizedSetupOptions,
  log: (line: string) => void,
): EnsureIo {
  let uv: Promise<FoundUv> | undefined;
  return {
    ...RESOLVE_DEPS,
    log,
    uv: () => (uv ??= findUv({ workspaceRoot, python: 'python3', configured: options.uv, log })),
  };
}

/**
 * Makes the integration's virtualenv match its requirement files, on the Python it declares.
 * Keyed on their contents, the Python version and the plugin version, so an unchanged
 * virtualenv costs a few file reads.
 */
export async function ensureVirtualenv(
  paths: ProjectPaths,
  options: NormalizedSetupOptions,
  pluginVersion: string,
  /** Absolute roots of workspace Python projects this one requires. */
  workspaceDependencies: readonly string[],
  io: EnsureIo,
): Promise<EnsureResult> {
  const started = Date.now();
  const declaration = readPythonDeclaration({
    hatchToml: readText(join(paths.projectRoot, 'hatch.toml')),
    pyprojectToml: readText(join(paths.projectRoot, 'pyproject.toml')),
  });
  const request = choosePythonRequest(declaration, options.agentPython, options.pythonOverride);
  const stamp = readStamp(paths.venvDir);
  const platform = process.platform;
  const hasInterpreter = existsSync(venvPython(paths.venvDir, platform));
  const reuse =
    !options.force &&
    hasInterpreter &&
    stamp?.request === requestId(request) &&
    (stamp.interpreter === 'python3' || existsSync(stamp.interpreter));
  const python: ResolvedPython = reuse
    ? { path: stamp!.interpreter, version: parseStampVersion(stamp!.python), why: stamp!.why }
    : await resolvePython(paths.projectName, request, io);
  const version = formatPythonVersion(python.version);
  const described = { path: python.path, version, why: python.why };
  const requirementFiles = Object.fromEntries(
    [paths.projectRoot, ...workspaceDependencies].flatMap((root) =>
      REQUIREMENT_FILES.map((f) => [relative(paths.workspaceRoot, join(root, f)), readText(join(root, f))]),
    ),
  );
  const key = computeVirtualenvKey({ pythonVersion: version, pluginVersion, requirementFiles });
  if (!options.force && stamp?.key === key && hasInterpreter) {
    return { changed: false, installer: 'none', durationMs: Date.now() - started, python: described };
  }

  const installer = await findInstaller(io.uv, options.installer, io.log);
  const create = options.force || !hasInterpreter || stamp?.python !== version;
  const plan = planVirtualenv({
    installer,
    python: python.path,
    projectRoot: paths.projectRoot,
    venvDir: paths.venvDir,
    create,
    hasRequirementsTxt: existsSync(join(paths.projectRoot, 'requirements.txt')),
    extras: readInstallExtras(readText(join(paths.projectRoot, 'pyproject.toml'))),
    testDependencies: readHatchEnvironment(readText(join(paths.projectRoot, 'hatch.toml'))).dependencies,
    workspaceDependencies,
    platform,
  });
  rmSync(join(paths.venvDir, STAMP), { force: true });
  for (const command of plan) {
    io.log(`> ${describeCommand(command)}`);
    let result;
    try {
      result = await runProcess({ ...command, cwd: paths.projectRoot, timeoutMs: 20 * 60_000 });
    } catch (error) {
      if (!(error instanceof ProcessError)) throw error;
      throw new VirtualenvSetupError(
        `Could not build the Python environment of ${paths.projectName}: ${error.message}`,
        undefined,
        { cause: error },
      );
    }
    if (result.exitCode !== 0) {
      // the whole output: a resolver's verdict comes first, before the tail a shorter quote would keep
      const explained = explainInstallFailure(`${result.stderr}\n${result.stdout}`.trim(), `Python ${version}`);
      throw new VirtualenvSetupError(
        `Could not build the Python environment of ${paths.projectName} on Python ${version}: ${explained.message}`,
        explained.hint ??
          `check ${join(paths.projectRoot, 'requirements.txt')} and pyproject.toml, then run \`nx run ${paths.projectName}:setup --force\``,
      );
    }
  }
  const written: Stamp = {
    key,
    request: requestId(request),
    interpreter: python.path,
    python: version,
    why: python.why,
  };
  writeFileSync(join(paths.venvDir, STAMP), JSON.stringify(written, null, 2));
  return { changed: true, installer: installer.kind, durationMs: Date.now() - started, python: described };
}

function parseStampVersion(text: string): PythonVersion {
  const [major, minor, patch] = text.split('.').map(Number);
  return { major: major ?? 0, minor: minor ?? 0, patch: patch ?? 0 };
}

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findInstaller, findPython } from '../../../adapters/python-tools';
import { describeCommand, ProcessError, runProcessOrThrow } from '../../../adapters/run-process';
import { EnvironmentSetupError } from '../../../errors/user-error';
import { computeEnvironmentKey, planEnvironment, venvPython } from '../../../python/environment-plan';
import { formatPythonVersion, type PythonVersion } from '../../../python/python-version';
import type { ProjectPaths } from '../../shared/executor-context';
import type { NormalizedSetupOptions } from './normalize-options';

const STAMP = '.dd-setup.json';
const REQUIREMENT_FILES = ['requirements.txt', 'pyproject.toml', 'setup.py', 'hatch.toml'];

interface Stamp {
  key: string;
  python: string;
}

/** Where setup writes its progress, and how it asks an interpreter for its version (a batch asks once). */
export interface EnsureIo {
  log(line: string): void;
  findPython(python: string): Promise<PythonVersion>;
}

export interface EnsureResult {
  changed: boolean;
  installer: string;
  durationMs: number;
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

/**
 * Makes the integration's virtualenv match its requirement files. Keyed on their contents, the
 * Python version and the plugin version, so an unchanged environment costs one Python start-up.
 */
export async function ensureEnvironment(
  paths: ProjectPaths,
  options: NormalizedSetupOptions,
  pluginVersion: string,
  /** Absolute roots of workspace Python projects this one requires. */
  workspaceDependencies: readonly string[] = [],
  io: EnsureIo = { log: (line) => console.log(line), findPython },
): Promise<EnsureResult> {
  const started = Date.now();
  const version = formatPythonVersion(await io.findPython(options.python));
  const requirementFiles = Object.fromEntries(
    [paths.projectRoot, ...workspaceDependencies].flatMap((root) =>
      REQUIREMENT_FILES.map((f) => [relative(paths.workspaceRoot, join(root, f)), readText(join(root, f))]),
    ),
  );
  const key = computeEnvironmentKey({ pythonVersion: version, pluginVersion, requirementFiles });
  const stamp = readStamp(paths.venvDir);
  const platform = process.platform;
  const hasInterpreter = existsSync(venvPython(paths.venvDir, platform));
  if (!options.force && stamp?.key === key && hasInterpreter) {
    return { changed: false, installer: 'none', durationMs: Date.now() - started };
  }

  const installer = await findInstaller(
    { workspaceRoot: paths.workspaceRoot, python: options.python, configured: options.uv, log: io.log },
    options.installer,
  );
  const create = options.force || !hasInterpreter || stamp?.python !== version;
  const plan = planEnvironment({
    installer,
    python: options.python,
    projectRoot: paths.projectRoot,
    venvDir: paths.venvDir,
    create,
    hasRequirementsTxt: existsSync(join(paths.projectRoot, 'requirements.txt')),
    workspaceDependencies,
    platform,
  });
  rmSync(join(paths.venvDir, STAMP), { force: true });
  for (const command of plan) {
    io.log(`> ${describeCommand(command)}`);
    try {
      await runProcessOrThrow({ ...command, cwd: paths.projectRoot, timeoutMs: 20 * 60_000 });
    } catch (error) {
      if (!(error instanceof ProcessError)) throw error;
      throw new EnvironmentSetupError(
        `Could not build the Python environment of ${paths.projectName}: ${error.message}`,
        `check ${join(paths.projectRoot, 'requirements.txt')} and pyproject.toml, then run \`nx run ${paths.projectName}:setup --force\``,
        { cause: error },
      );
    }
  }
  writeFileSync(join(paths.venvDir, STAMP), JSON.stringify({ key, python: version } satisfies Stamp, null, 2));
  return { changed: true, installer: installer.kind, durationMs: Date.now() - started };
}

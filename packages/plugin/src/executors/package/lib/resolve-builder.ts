import { existsSync } from 'node:fs';
import { UV_HINT } from '../../../adapters/python-tools';
import { findUv } from '../../../adapters/workspace-uv';
import { UserError } from '../../../errors/user-error';
import { venvPython } from '../../../python/virtualenv-plan';
import type { Builder } from './build-command';
import type { NormalizedPackageOptions } from './normalize-options';

/**
 * `uv build` by default: uv needs no virtualenv, and the plugin installs its own into the
 * workspace when there is none. `--builder=build` uses PyPA's `build` from the integration's
 * virtualenv (or the configured interpreter), which must then provide it.
 */
export async function resolveBuilder(
  options: NormalizedPackageOptions,
  paths: { workspaceRoot: string; venvDir: string },
  log: (line: string) => void,
): Promise<Builder> {
  if (options.builder === 'build') {
    const inVenv = venvPython(paths.venvDir, process.platform);
    return { kind: 'build', python: existsSync(inVenv) ? inVenv : options.python };
  }
  const uv = await findUv({ workspaceRoot: paths.workspaceRoot, python: options.python, configured: options.uv, log });
  if (uv.kind === 'uv') return uv;
  throw new UserError(
    `No uv to build the package with: ${uv.problem}.`,
    `${UV_HINT}; or use --builder=build with PyPA build installed`,
  );
}

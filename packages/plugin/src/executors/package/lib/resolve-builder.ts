import { existsSync } from 'node:fs';
import { findInstaller } from '../../../adapters/python-tools';
import { venvPython } from '../../../python/environment-plan';
import type { Builder } from './build-command';
import type { NormalizedPackageOptions } from './normalize-options';

/**
 * uv when it works (it needs no virtualenv), else PyPA's `build` from the integration's
 * virtualenv when there is one, else from the configured interpreter.
 */
export async function resolveBuilder(options: NormalizedPackageOptions, venvDir: string): Promise<Builder> {
  if (options.builder !== 'build') {
    const installer = await findInstaller(options.python, options.builder === 'uv' ? 'uv' : 'auto');
    if (installer.kind === 'uv') return installer;
  }
  const inVenv = venvPython(venvDir, process.platform);
  return { kind: 'build', python: existsSync(inVenv) ? inVenv : options.python };
}

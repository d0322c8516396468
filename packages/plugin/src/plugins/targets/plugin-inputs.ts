import type { InputDefinition } from './input-definition';
import { isAbsolute, relative, sep } from 'node:path';

/**
 * The inputs that make an integration's targets depend on @dd/plugin itself. Nx does not infer
 * this for non-JS projects: a plugin developed in the workspace is tracked by its source files,
 * an installed one by its package version.
 */
export function pluginInputs(pluginRoot: string, workspaceRoot: string): (string | InputDefinition)[] {
  const rel = relative(workspaceRoot, pluginRoot);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('node_modules');
  if (!inside) return [{ externalDependencies: ['@dd/plugin'] }];
  const root = rel.split(sep).join('/');
  return [
    `{workspaceRoot}/${root}/src/**/*.ts`,
    `!{workspaceRoot}/${root}/src/**/*.spec.ts`,
    `{workspaceRoot}/${root}/src/**/files/**/*`,
    `{workspaceRoot}/${root}/python/**/*`,
    `{workspaceRoot}/${root}/ruff-baseline.toml`,
  ];
}

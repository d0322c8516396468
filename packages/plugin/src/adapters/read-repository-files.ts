import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RepositoryFile } from '../lint/integration-source';
import { CODEOWNERS_PATH, DDEV_CONFIG_PATH, type RepositoryFiles } from '../lint/repository/repository-files';

function readOptional(workspaceRoot: string, path: string): RepositoryFile | undefined {
  try {
    return { path, text: readFileSync(join(workspaceRoot, path), 'utf8') };
  } catch {
    // Absent (or not a readable file): the rules that need it report nothing.
    return undefined;
  }
}

/**
 * Reads the repository files the repository-wide rules need, once per lint run (once per batch):
 * `.github/CODEOWNERS` and `.ddev/config.toml`, each only when it exists.
 */
export function readRepositoryFiles(workspaceRoot: string): RepositoryFiles {
  const codeowners = readOptional(workspaceRoot, CODEOWNERS_PATH);
  const ddevConfig = readOptional(workspaceRoot, DDEV_CONFIG_PATH);
  return { ...(codeowners && { codeowners }), ...(ddevConfig && { ddevConfig }) };
}

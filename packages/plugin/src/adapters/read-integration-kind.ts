import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What an integration folder holds, read from the files present: a Python package (a check) or a
 * tile-only integration (manifest, README, metadata, assets: no Python), and what the package has.
 */
export interface IntegrationKind {
  manifest: boolean;
  python: boolean;
  /** pytest files under tests/ (test_*.py or *_test.py). */
  tests: boolean;
  /** ci/env.yaml: test environments of this workspace. */
  environments: boolean;
}

function hasTestFile(dir: string, depth: number): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((entry) =>
    entry.isDirectory()
      ? depth > 0 && hasTestFile(join(dir, entry.name), depth - 1)
      : /^test_.*\.py$|_test\.py$/.test(entry.name),
  );
}

/** Reads the kind of the integration at `root` (absolute). */
export function readIntegrationKind(root: string): IntegrationKind {
  const python = existsSync(join(root, 'pyproject.toml')) || existsSync(join(root, 'setup.py'));
  return {
    manifest: existsSync(join(root, 'manifest.json')),
    python,
    tests: python && hasTestFile(join(root, 'tests'), 3),
    environments: python && existsSync(join(root, 'ci', 'env.yaml')),
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IntegrationSource } from '../lint/diagnostic';
import { confExampleCandidates } from '../lint/integration-layout';

/** The files the validators read, relative to the integration's folder. */
export function knownFiles(name: string): string[] {
  const module = name.replace(/-/g, '_');
  return [
    'manifest.json',
    'metadata.csv',
    'README.md',
    'requirements.txt',
    'pyproject.toml',
    'CHANGELOG.md',
    'ci/env.yaml',
    'assets/service_checks.json',
    'assets/configuration/spec.yaml',
    `datadog_checks/${module}/__about__.py`,
    ...confExampleCandidates(module),
  ];
}

/** Reads an integration's known files once; absent files are simply not in the map. */
export function readIntegrationSource(projectRoot: string): IntegrationSource {
  const name = basename(projectRoot);
  const files: Record<string, string> = {};
  for (const file of knownFiles(name)) {
    const path = join(projectRoot, file);
    if (existsSync(path)) files[file] = readFileSync(path, 'utf8');
  }
  return { name, files };
}
